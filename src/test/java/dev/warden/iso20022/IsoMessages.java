package dev.warden.iso20022;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.prowidesoftware.swift.model.mx.MxPacs00200110;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction110;

/** The test messages of src/test/resources/iso20022, filled in, and reading the pacs.002 answers. */
final class IsoMessages {
    private IsoMessages() {
    }

    /** The message {@code file} with each {{key}} replaced by its value, and a debtor IBAN of its own. */
    static String filled(String file, Map<String, String> values) {
        try (InputStream in = IsoMessages.class.getResourceAsStream("/iso20022/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var e : values.entrySet()) text = text.replace("{{" + e.getKey() + "}}", e.getValue());
            // An account of its own each time, so that no other test's history reaches this decision.
            text = text.replace("{{debtorIban}}", "DE89" + String.format("%018d", Math.floorMod(UUID.randomUUID()
                    .getMostSignificantBits(), 1_000_000_000_000_000_000L)));
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one transfer's status of a pacs.002 about the message {@code originalMessageId}. */
    static PaymentTransaction110 onlyTransaction(String pacs002, String originalMessageId) {
        MxPacs00200110 report = MxPacs00200110.parse(pacs002);
        assertThat(report).as("a pacs.002.001.10: " + pacs002).isNotNull();
        assertThat(report.getFIToFIPmtStsRpt().getOrgnlGrpInfAndSts().get(0).getOrgnlMsgId()).isEqualTo(originalMessageId);
        assertThat(report.getFIToFIPmtStsRpt().getTxInfAndSts()).hasSize(1);
        return report.getFIToFIPmtStsRpt().getTxInfAndSts().get(0);
    }
}
