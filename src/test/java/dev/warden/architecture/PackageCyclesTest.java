package dev.warden.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages of src/main import each other without a cycle, so each can be read, and changed, from the bottom
 * up. A package is a folder: a subpackage counts as a package of its own. Uses are read from the sources, imports
 * and names written out in full alike (comments and strings left out).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\b(dev\\.warden(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Map<String, Set<String>>> uses = uses();
        List<String> cycles = new ArrayList<>();
        for (List<String> component : new StronglyConnected(uses).components()) {
            if (component.size() < 2) continue;
            StringBuilder cycle = new StringBuilder(String.join(", ", component)).append(":");
            for (String from : component) {
                uses.get(from).forEach((to, files) -> {
                    if (component.contains(to)) cycle.append("\n  ").append(from).append(" -> ").append(to)
                            .append(" in ").append(files);
                });
            }
            cycles.add(cycle.toString());
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theReaderSeesUsesWrittenOutInFull() {
        Map<String, Set<String>> found = new TreeMap<>();
        record(found, "dev.warden.a", "A.java", "class A { dev.warden.b.B b; /* dev.warden.c.C */ String s = \"dev.warden.d.D\"; }");
        assertThat(found).containsOnlyKeys("dev.warden.b");
    }

    /** package -> used package -> the files that use it. */
    private static Map<String, Map<String, Set<String>>> uses() throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) continue;
                record(uses.computeIfAbsent(declared.group(1), p -> new TreeMap<>()), declared.group(1),
                        file.getFileName().toString(), text);
            }
        }
        uses.values().forEach(targets -> targets.keySet().forEach(t -> uses.putIfAbsent(t, new TreeMap<>())));
        return uses;
    }

    private static void record(Map<String, Set<String>> targets, String own, String file, String text) {
        Matcher use = USE.matcher(COMMENTS_AND_STRINGS.matcher(text).replaceAll(""));
        while (use.find()) {
            String used = use.group(1);
            if (!used.equals(own) && !used.equals("dev.warden")) {
                targets.computeIfAbsent(used, u -> new TreeSet<>()).add(file);
            }
        }
    }

    /** Tarjan's strongly connected components over the package graph. */
    private static final class StronglyConnected {
        private final Map<String, Map<String, Set<String>>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<List<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Map<String, Set<String>>> graph) {
            this.graph = graph;
        }

        List<List<String>> components() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) visit(node);
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            for (String next : graph.get(node).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
