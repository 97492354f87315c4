package dev.warden.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.warden.reporting.fincen.FinCenSarXmlWriter;

/** The registry finds writers by format, names the known ones when asked for another, and allows one per format. */
class ReportWritersTest {
    private final FinCenSarXmlWriter fincen = new FinCenSarXmlWriter(ReportingSettings.testProfile());
    private final ReportWriter goaml = new NamedWriter("goaml-xml");

    @Test
    void findsEachWriterByItsFormat() {
        ReportWriters writers = new ReportWriters(List.of(fincen, goaml));
        assertThat(writers.formats()).containsExactly("fincen-sar-xml", "goaml-xml");
        assertThat(writers.require("fincen-sar-xml")).isSameAs(fincen);
        assertThat(writers.find("goaml-xml")).containsSame(goaml);
        assertThat(writers.find(null)).isEmpty();
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        ReportWriters writers = new ReportWriters(List.of(fincen, goaml));
        assertThatThrownBy(() -> writers.require("fiu-ie-goaml")).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("format: no report writer for 'fiu-ie-goaml'")
                .hasMessageContaining("fincen-sar-xml, goaml-xml");
    }

    @Test
    void twoWritersForOneFormatAreAnError() {
        assertThatThrownBy(() -> new ReportWriters(List.of(goaml, new NamedWriter("goaml-xml"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two report writers for the format goaml-xml");
    }

    /** A second format beside FinCEN's: what a goAML writer plugs into. */
    private record NamedWriter(String format) implements ReportWriter {
        @Override
        public String mediaType() {
            return "application/xml";
        }

        @Override
        public String fileExtension() {
            return "xml";
        }

        @Override
        public byte[] write(SuspiciousActivityReport report) {
            ReportCompleteness.require(report);
            return report.reportId().getBytes(StandardCharsets.UTF_8);
        }
    }
}
