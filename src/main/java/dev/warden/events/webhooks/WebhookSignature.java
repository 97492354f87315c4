package dev.warden.events.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Webhook-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, one
 * {@code v1=} per configured secret so that receivers can move from an old secret to a new one without a gap.
 * The timestamp is signed so that a receiver can refuse old requests replayed at it.
 */
final class WebhookSignature {
    private WebhookSignature() {
    }

    static String header(long unixSeconds, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        String signed = unixSeconds + "." + body;
        for (String secret : secrets) header.append(",v1=").append(hmacSha256Hex(secret, signed));
        return header.toString();
    }

    static String hmacSha256Hex(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
