package dev.warden.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the evidence map of a finding from alternating keys and values. Unlike {@code Map.of} it keeps the
 * order and tolerates null values, so a rule consequence never fails on a field the request left empty.
 */
public final class Evidence {
    private Evidence() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Evidence.of takes key, value pairs; got an odd number of arguments");
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            evidence.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(evidence);
    }
}
