package dev.warden.screening.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.SharedData;

/**
 * The evaluation command: {@code ./mvnw -q test -Dtest=MatchingEvaluationTest} prints the table (README,
 * "Screening quality"). It guards the measured quality so a change that loses it fails; it skips when
 * ../shared/data is absent.
 */
class MatchingEvaluationTest {

    @Test
    void printsTheTableAndKeepsTheMeasuredQuality() throws IOException {
        SharedData.require("matching/nomenklatura/cases.csv");
        SharedData.require("sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2");
        MatchingEvaluation evaluation = new MatchingEvaluation(SharedData.ROOT, ScreeningIndex.DEFAULT_THRESHOLD);
        System.out.println(evaluation.table());
        var ours = evaluation.cases();
        assertTrue(ours.f1() > evaluation.logicV2Reference().f1(), "F1 on cases.csv at or below the logic-v2 reference");
    }
}
