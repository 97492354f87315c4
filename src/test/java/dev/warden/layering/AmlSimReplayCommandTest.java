package dev.warden.layering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.testing.DefaultCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The replay command of issue 5, point 3 ({@code src/bench/AmlSimReplay.java}, which {@code amlsim-replay.sh} runs),
 * as it is run: a separate process against the real decision endpoint, here over a small data set in the AMLSim
 * format written for this test (the shared AMLSim sample is measured by the script, figures in the README). One
 * customer pays seven new accounts on seven days (a labelled fan-out group); two customers pay each other monthly
 * (normal). The report must find the group and flag no normal transaction.
 */
@QuarkusTest
class AmlSimReplayCommandTest {
    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path data;

    @Test
    void replaysALabelledSetThroughTheEndpointAndReportsPerPattern() throws Exception {
        writeFanOutAndMonthlyPayments();

        String report = replay();

        assertThat(report).contains("15 transactions, 7 laundering, 8 normal")
                .contains("| fan_out | 1 / 1 (100%) |")
                .contains("normal transactions flagged: 0 / 8 = 0.00%")
                .containsPattern("\\| LAYERING_FAN_OUT \\| [1-7] \\| 0 \\| 100% \\|");
    }

    private void writeFanOutAndMonthlyPayments() throws Exception {
        List<String> accounts = new ArrayList<>(List.of("acct_id,first_name,last_name,type,country,open_dt"));
        for (int i = 0; i <= 9; i++) accounts.add(i + ",Customer,Number" + i + ",I,US,0");
        List<String> transactions = new ArrayList<>(List.of(
                "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id"));
        List<String> alerts = new ArrayList<>(List.of(
                "alert_id,alert_type,is_sar,tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp"));
        for (int leg = 1; leg <= 7; leg++) {
            String at = "2017-01-0" + (leg + 1) + "T10:00:00Z";
            transactions.add(leg + ",0," + leg + ",TRANSFER,480.00," + at + ",True,1");
            alerts.add("1,fan_out,True," + leg + ",0," + leg + ",TRANSFER,480.00," + at);
        }
        for (int month = 1; month <= 4; month++) {
            transactions.add((10 + month) + ",8,9,TRANSFER,1200.00,2017-0" + month + "-15T09:00:00Z,False,-1");
            transactions.add((20 + month) + ",9,8,TRANSFER,300.00,2017-0" + month + "-20T09:00:00Z,False,-1");
        }
        Files.write(data.resolve("accounts.csv"), accounts, StandardCharsets.UTF_8);
        Files.write(data.resolve("transactions.csv"), transactions, StandardCharsets.UTF_8);
        Files.write(data.resolve("alert_transactions.csv"), alerts, StandardCharsets.UTF_8);
    }

    /**
     * With --import-until the first days go in as history (POST /v1/history/import) and only the rest is decided:
     * the group's later legs still count the imported ones.
     */
    @Test
    void importsTheFirstDaysAsHistoryAndDecidesTheRest() throws Exception {
        writeFanOutAndMonthlyPayments();

        String report = replay("--import-until", "2017-01-05");

        assertThat(report).contains("3 transactions before 2017-01-05 imported as history")
                .contains("12 transactions, 4 laundering, 8 normal")
                .contains("| fan_out | 1 / 1 (100%) |")
                .contains("normal transactions flagged: 0 / 8 = 0.00%");
    }

    private String replay(String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String url = service.toString().replaceAll("/$", "");
        List<String> arguments = new ArrayList<>(List.of(java, "src/bench/AmlSimReplay.java", "--url", url, "--data",
                data.toString(), "--prefix", "replay-" + UUID.randomUUID().toString().substring(0, 8)));
        arguments.addAll(List.of(options));
        ProcessBuilder command = new ProcessBuilder(arguments).redirectErrorStream(false);
        command.environment().put("WARDEN_API_KEY", DefaultCredentials.ALL_ROLES_KEY);
        Process process = command.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
