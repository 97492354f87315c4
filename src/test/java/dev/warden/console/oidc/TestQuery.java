package dev.warden.console.oidc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The decoded fields of a query string or form body. */
final class TestQuery {
    private TestQuery() {
    }

    static Map<String, String> of(URI uri) {
        return parse(uri.getRawQuery());
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw == null || raw.isEmpty()) return fields;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
