package dev.warden.screening.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.SharedData;
import dev.warden.screening.eval.MatchingEvaluation.Measures;
import dev.warden.screening.eval.MatchingEvaluation.Split;

/**
 * The evaluation command: {@code ./mvnw -q test -Dtest=MatchingEvaluationTest} prints the table
 * (docs/evaluation.md, "Name matching"). It guards the measured quality so a change that loses it fails; it
 * skips when ../shared/data is absent.
 */
class MatchingEvaluationTest {

    @Test
    void printsTheTableAndKeepsTheMeasuredQuality() throws IOException {
        SharedData.require("matching/nomenklatura/cases.csv");
        SharedData.require(MatchingEvaluation.SDN);
        MatchingEvaluation evaluation = new MatchingEvaluation(SharedData.ROOT, ScreeningIndex.DEFAULT_THRESHOLD);
        System.out.println(evaluation.table());
        ScreeningIndex un = evaluation.index("UN", MatchingEvaluation.UN);
        ScreeningIndex full = evaluation.index("OFAC_SDN", MatchingEvaluation.SDN, "UN", MatchingEvaluation.UN);
        Measures m = evaluation.measure(un, full, MatchingEvaluation.pairs(full), Split.ALL);
        // Measured 0.854 (baseline scorer 0.826); the issue asks 0.85.
        assertTrue(m.cases().f1() >= 0.85, "F1 on cases.csv " + m.cases().f1() + " below the measured 0.854");
        assertTrue(m.negatives() <= 0.002, "made-up people hitting SDN + UN: " + m.negatives());
        assertTrue(m.recallUn() >= 0.98 && m.recallFull() >= 0.98, "UN positives recall " + m.recallUn() + ", " + m.recallFull());
    }
}
