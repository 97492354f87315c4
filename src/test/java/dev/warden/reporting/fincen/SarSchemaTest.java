package dev.warden.reporting.fincen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.warden.reporting.ReportOutputInvalidException;
import dev.warden.reporting.ReportingSettings;
import dev.warden.reporting.SampleReports;
import dev.warden.screening.SharedData;

/**
 * The validator: the shipped schema is FinCEN's as the shared folder holds it, accepts what the writer writes and
 * refuses, with the schema's own message, what breaks its rules. Tests that need ../shared/data skip, saying so,
 * when it is absent; the others run on the shipped copy alone.
 */
class SarSchemaTest {
    private static final String SHARED = "reporting/fincen/";

    private final FinCenSarXmlWriter writer = new FinCenSarXmlWriter(ReportingSettings.testProfile());

    @Test
    void theShippedSchemaIsTheSharedCopyUnchanged() throws IOException {
        Path shared = SharedData.require(SHARED + "EFL_SARXBatchSchema.xsd");
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(SarSchema.SHIPPED)) {
            assertThat(shipped).as(SarSchema.SHIPPED).isNotNull();
            assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    @Test
    void theSharedCopyAcceptsBothCases() {
        SarSchema shared = SarSchema.at(SharedData.require(SHARED + "EFL_SARXBatchSchema.xsd"));
        shared.validate(writer.write(SampleReports.structuring()));
        shared.validate(writer.write(SampleReports.sanctions(SampleReports.longNarrative(9_500))));
    }

    /**
     * moov-io's sample batch declares FinCEN's namespace but puts its elements in none (its SOURCES.md says so),
     * and orders them unlike the schema: the validator must refuse it with the schema's message, not pass it.
     */
    @Test
    void theSharedSampleBatchIsRefusedWithTheSchemasMessage() throws IOException {
        byte[] sample = Files.readAllBytes(SharedData.require(SHARED + "sar_batch_sample.xml"));
        SarSchemaViolation violation = catchThrowableOfType(SarSchemaViolation.class,
                () -> SarSchema.shipped().validate(sample));
        assertThat(violation).isNotNull();
        assertThat(violation.errors().get(0)).contains("cvc-elt.1").contains("EFilingBatchXML");
    }

    /** The sample moved into the namespace still breaks the schema: its root lacks attributes, its order differs. */
    @Test
    void theSharedSampleInTheNamespaceIsStillRefusedForItsOrder() throws IOException {
        String sample = Files.readString(SharedData.require(SHARED + "sar_batch_sample.xml"));
        byte[] namespaced = sample.replace("xmlns:fc2=\"www.fincen.gov/base\"", "xmlns=\"www.fincen.gov/base\"")
                .getBytes(StandardCharsets.UTF_8);
        SarSchemaViolation violation = catchThrowableOfType(SarSchemaViolation.class,
                () -> SarSchema.shipped().validate(namespaced));
        assertThat(violation).isNotNull();
        assertThat(String.join("\n", violation.errors())).contains("TotalAmount").contains("cvc-complex-type");
    }

    @Test
    void aDuplicateSeqNumBreaksTheSchemasUniqueConstraint() {
        String xml = new String(writer.write(SampleReports.structuring()), StandardCharsets.UTF_8);
        String broken = xml.replace("<fc2:ActivityAssociation SeqNum=\"2\">", "<fc2:ActivityAssociation SeqNum=\"1\">");
        assertThat(broken).isNotEqualTo(xml);
        assertThatThrownBy(() -> SarSchema.shipped().validate(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SarSchemaViolation.class).hasMessageContaining("Unique-SeqNum");
    }

    @Test
    void aFieldOverTheSchemasLengthIsRefused() {
        String xml = new String(writer.write(SampleReports.structuring()), StandardCharsets.UTF_8);
        String broken = xml.replace("<fc2:RawIndividualFirstName>Maria<", "<fc2:RawIndividualFirstName>"
                + "M".repeat(36) + "<");
        assertThat(broken).isNotEqualTo(xml);
        assertThatThrownBy(() -> SarSchema.shipped().validate(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SarSchemaViolation.class).hasMessageContaining("maxLength");
    }

    @Test
    void theWriterRefusesADocumentItsSchemaRejectsAsABug() {
        SarSchema rejectsEverything = SarSchema.at(writeSchema("""
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="www.fincen.gov/base">
                  <xsd:element name="Other" type="xsd:string"/>
                </xsd:schema>
                """));
        FinCenSarXmlWriter buggy = new FinCenSarXmlWriter(ReportingSettings.testProfile(), rejectsEverything);
        assertThatThrownBy(() -> buggy.write(SampleReports.structuring()))
                .isInstanceOf(ReportOutputInvalidException.class)
                .hasMessageContaining("CASE-2025-0042").hasMessageContaining("a bug in the writer")
                .hasMessageContaining("EFilingBatchXML");
    }

    private static Path writeSchema(String text) {
        try {
            Path file = Files.createTempFile("other-schema", ".xsd");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
