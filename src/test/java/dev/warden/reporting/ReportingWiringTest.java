package dev.warden.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** In the running application: the FinCEN writer is registered, and the test profile's placeholder filer works. */
@QuarkusTest
class ReportingWiringTest {
    @Inject
    ReportWriters writers;

    @Test
    void theFinCenWriterIsRegisteredAndWritesWithTheTestProfilesFiler() {
        assertThat(writers.formats()).contains("fincen-sar-xml");
        ReportWriter fincen = writers.require("fincen-sar-xml");
        assertThat(fincen.mediaType()).isEqualTo("application/xml");
        String xml = new String(fincen.write(SampleReports.structuring()), StandardCharsets.UTF_8);
        assertThat(xml).contains("PLACEHOLDER BANK - NOT FOR FILING").contains("<fc2:FormTypeCode>SARX<");
    }
}
