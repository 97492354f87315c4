package dev.warden.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a warm service's CPU goes, by stage of the decision path, from a JFR recording's execution samples (Java
 * threads on CPU; the JIT compilers and GC are not among them). A sample belongs to the first stage, in the order
 * below, that any frame of its stack names: rules before screening before the decision service, so that a stage
 * counts what it calls. Prints a markdown table, then the hottest methods on top of the stack overall, and the
 * methods that most rules samples pass through (inclusive).
 */
final class StageProfile {
    /** Stage name and the frame prefixes (class or class.method) that mark it, in order of precedence. */
    private static final Map<String, List<String>> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("rules (Drools session, facts, fireAllRules)", List.of("dev.warden.rules.RuleEvaluator"));
        STAGES.put("screening", List.of("dev.warden.screening."));
        STAGES.put("history", List.of("dev.warden.history."));
        STAGES.put("profiles (KYC, PostgreSQL)", List.of("dev.warden.party."));
        STAGES.put("commit (journal, alerts, JDBC)", List.of("dev.warden.decision.DecisionJournal", "dev.warden.review.",
                "dev.warden.events."));
        STAGES.put("metrics", List.of("io.micrometer.", "dev.warden.decision.DecisionMetrics"));
        STAGES.put("serialise (canonical request, hash, answer)", List.of("dev.warden.decision.DecisionService.write",
                "dev.warden.decision.DecisionService.sha256", "dev.warden.decision.DecisionService.normalised",
                "dev.warden.decision.ResponseJson"));
        STAGES.put("decision, other (engine, decide)", List.of("dev.warden.decision.", "dev.warden.engine."));
        STAGES.put("validate (Bean Validation)", List.of("org.hibernate.validator."));
        STAGES.put("parse (Jackson, request)", List.of("com.fasterxml.jackson.", "dev.warden.api.RequestJson"));
        STAGES.put("HTTP (Vert.x, Netty, RESTEasy, auth)", List.of("io.vertx.", "io.netty.", "org.jboss.resteasy.",
                "io.quarkus.", "dev.warden.security.", "dev.warden.api."));
    }

    private StageProfile() {
    }

    static String of(Path recording) throws IOException {
        Map<String, Long> stages = new LinkedHashMap<>();
        STAGES.keySet().forEach(s -> stages.put(s, 0L));
        stages.put("other", 0L);
        Map<String, Long> leaves = new HashMap<>(), rulesInclusive = new HashMap<>();
        long total = 0, rules = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) continue;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) continue;
            total++;
            String stage = stage(frames);
            stages.merge(stage, 1L, Long::sum);
            leaves.merge(name(frames.get(0)), 1L, Long::sum);
            if (stage.startsWith("rules")) {
                rules++;
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (n.startsWith("org.drools.") && seen.add(n)) rulesInclusive.merge(n, 1L, Long::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n### Time by stage: %s (%,d samples)%n%n"
                + "| stage | share of samples |%n|---|---|%n", recording.getFileName(), total));
        for (var e : stages.entrySet()) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)));
        }
        sb.append(top("hottest methods (top of stack)", leaves, total, 15));
        sb.append(top("Drools methods the rules samples pass through (share of rules samples)", rulesInclusive, rules, 15));
        return sb.toString();
    }

    private static String stage(List<RecordedFrame> frames) {
        for (var stage : STAGES.entrySet()) {
            for (RecordedFrame f : frames) {
                String n = name(f);
                for (String marker : stage.getValue()) if (n.startsWith(marker)) return stage.getKey();
            }
        }
        return "other";
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String top(String title, Map<String, Long> counts, long total, int limit) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%s:%n%n| method | share |%n|---|---|%n", title));
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(),
                        100.0 * e.getValue() / Math.max(1, total))));
        return sb.toString();
    }
}
