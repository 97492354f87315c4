package dev.warden.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The officers' guide (rules/README.md) and the fact classes must agree: every field the guide lists under a
 * fact exists as a readable property, and every property of a fact is in the guide.
 */
class FactGuideTest {
    private static final Pattern SECTION = Pattern.compile("^### `(\\w+)`");
    private static final Pattern FIELD_CELL = Pattern.compile("`(\\w+)`");

    @Test
    void everyFieldTheGuideNamesExistsAndEveryFactPropertyIsInTheGuide() throws IOException {
        Map<String, List<String>> guide = fieldsByFact(Files.readAllLines(Path.of("rules/README.md")));
        assertThat(guide).containsKeys("Transaction", "Party", "PastTransaction", "ScreeningHit", "Finding");
        for (var fact : guide.entrySet()) {
            Class<?> type = factClass(fact.getKey());
            List<String> properties = properties(type);
            assertThat(properties).as("properties of %s named in rules/README.md", fact.getKey())
                    .containsAll(fact.getValue());
            assertThat(fact.getValue()).as("properties of %s missing from rules/README.md", fact.getKey())
                    .containsAll(properties);
        }
    }

    @Test
    void theGlobalsTheGuideNamesExist() throws Exception {
        assertThat(Findings.class.getMethod("raise", org.kie.api.runtime.rule.RuleContext.class, int.class,
                String.class, Map.class)).isNotNull();
        assertThat(ReferenceLists.class.getMethod("contains", String.class, String.class)).isNotNull();
    }

    private static Map<String, List<String>> fieldsByFact(List<String> lines) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = section.group(1);
                fields.put(current, new ArrayList<>());
                continue;
            }
            if (line.startsWith("## ") || line.startsWith("### ")) current = null;
            if (current == null || !line.startsWith("| `")) continue;
            String firstCell = line.split("\\|")[1];
            Matcher names = FIELD_CELL.matcher(firstCell);
            while (names.find()) fields.get(current).add(names.group(1));
        }
        return fields;
    }

    private static Class<?> factClass(String simpleName) {
        try {
            return Class.forName("dev.warden.facts." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("rules/README.md describes a fact " + simpleName + " that does not exist", e);
        }
    }

    private static List<String> properties(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() == type)
                .map(Method::getName)
                .filter(n -> n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)
                .map(n -> n.startsWith("get") ? n.substring(3) : n.substring(2))
                .map(n -> Character.toLowerCase(n.charAt(0)) + n.substring(1))
                .toList();
    }
}
