package dev.warden.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import dev.warden.facts.Category;
import dev.warden.rules.codecheck.CodeViolation;
import dev.warden.rules.codecheck.SourceCheck;
import dev.warden.facts.ReferenceLists;
import dev.warden.facts.Severity;

/**
 * Compiles a rules folder at run time into a {@link CompiledRuleSet}, or rejects it with every problem found:
 * Drools compile errors with file and line, files that yield no rule, rules without valid {@code @category},
 * {@code @severity} and {@code @description}, rule ids that are not UPPER_SNAKE_CASE or not unique, and broken
 * reference lists. Nothing here is per request: a set is compiled once per version.
 */
public final class RuleSetCompiler {
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]{2,99}");

    /**
     * Where a rule set comes from. The deployed folder is reviewed through git and trusted as code; a set uploaded
     * over HTTP is not: its text and then its compiled classes are checked against {@link AllowedTypes} before
     * anything of it runs (Drools itself evaluates metadata with MVEL while compiling).
     */
    public enum Trust { DEPLOYED, UPLOADED }

    private final ReferenceListParser listParser = new ReferenceListParser();
    private final Trust trust;

    public RuleSetCompiler() {
        this(Trust.DEPLOYED);
    }

    public RuleSetCompiler(Trust trust) {
        this.trust = trust;
    }

    public CompiledRuleSet compile(RuleSources sources) {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        ReferenceLists lists = listParser.parseAll(sources.files(), diagnostics);

        List<RuleFile> ruleFiles = sources.files().stream().filter(RuleFile::compilesToRules).toList();
        if (ruleFiles.isEmpty()) {
            diagnostics.add(new RuleDiagnostic(sources.origin(), 0, "no rule files (*.drl, *.drl.csv, *.drl.xlsx)"));
        }
        if (trust == Trust.UPLOADED) {
            diagnostics.addAll(checkText(sources));
            if (!diagnostics.isEmpty()) throw new RuleSetInvalidException(diagnostics);
        }
        List<ParsedRuleFile> parsed = ParsedRuleFile.parseAll(ruleFiles);
        diagnostics.addAll(HistoryPatterns.outsideHistory(parsed));
        diagnostics.addAll(ScoreRows.check(parsed, lists));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleSetCompiler.class.getClassLoader()));
        var batch = builder.batch();
        for (RuleFile file : ruleFiles) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content());
            resource.setSourcePath(file.path());
            switch (file.kind()) {
                case DRL -> batch.add(resource, ResourceType.DRL);
                case DECISION_TABLE_CSV -> batch.add(resource, ResourceType.DTABLE, tableConfig(DecisionTableInputType.CSV));
                case DECISION_TABLE_XLSX -> batch.add(resource, ResourceType.DTABLE, tableConfig(DecisionTableInputType.XLSX));
                default -> throw new IllegalStateException("not a rule file: " + file.path());
            }
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            // A decision table that cannot be read at all throws instead of reporting; keep the message.
            diagnostics.add(new RuleDiagnostic(sources.origin(), 0, "cannot compile: " + e.getMessage()));
        }
        Map<String, RuleFile> byPath = new HashMap<>();
        ruleFiles.forEach(f -> byPath.put(f.path(), f));
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = sourceOf(error.getResource());
            int line = firstLine(error.getLines());
            String message = error.getMessage().strip();
            RuleFile table = byPath.get(file);
            if (table != null && table.kind() != RuleFile.Kind.DRL) {
                // Drools reports decision-table errors at lines of the DRL it generated from the table.
                String row = DecisionTableRows.ruleAt(table, line);
                message = (row != null ? "in the row of rule " + row + ": " : "") + message
                        + " (line " + line + " of the rules generated from this table)";
                line = 0;
            }
            diagnostics.add(new RuleDiagnostic(file, line, message));
        }
        if (!diagnostics.isEmpty()) {
            throw new RuleSetInvalidException(diagnostics);
        }

        if (trust == Trust.UPLOADED) {
            CompiledClasses.of(builder).check().forEach(v -> diagnostics.add(diagnostic(v)));
            if (!diagnostics.isEmpty()) throw new RuleSetInvalidException(diagnostics);
        }
        KieBase kieBase = builder.newKieBase();
        List<RuleInfo> rules = catalogue(kieBase.getKiePackages(), ruleFiles, diagnostics);
        if (!diagnostics.isEmpty()) {
            throw new RuleSetInvalidException(diagnostics);
        }
        java.util.Set<String> globals = new java.util.HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> globals.add(g.getName())));
        return new CompiledRuleSet(sources, Instant.now(), kieBase, rules, lists, java.util.Set.copyOf(globals));
    }

    private static List<RuleInfo> catalogue(Collection<KiePackage> packages, List<RuleFile> ruleFiles,
            List<RuleDiagnostic> diagnostics) {
        Map<String, Integer> rulesPerFile = new HashMap<>();
        ruleFiles.forEach(f -> rulesPerFile.put(f.path(), 0));
        Map<String, String> fileOfRule = new HashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                String file = rule instanceof RuleImpl impl ? sourceOf(impl.getResource()) : "?";
                rulesPerFile.merge(file, 1, Integer::sum);
                String previous = fileOfRule.put(rule.getName(), file);
                if (previous != null) {
                    diagnostics.add(new RuleDiagnostic(file, 0, "rule id " + rule.getName()
                            + " is also used in " + previous + "; rule ids must be unique across the set"));
                }
                RuleInfo info = describe(rule, file, diagnostics);
                if (info != null) rules.add(info);
            }
        }
        rulesPerFile.forEach((file, count) -> {
            if (count == 0) diagnostics.add(new RuleDiagnostic(file, 0, "file compiles to no rule"));
        });
        rules.sort(java.util.Comparator.comparing(RuleInfo::id));
        return List.copyOf(rules);
    }

    private static RuleInfo describe(Rule rule, String file, List<RuleDiagnostic> diagnostics) {
        String id = rule.getName();
        int before = diagnostics.size();
        if (!RULE_ID.matcher(id).matches()) {
            diagnostics.add(new RuleDiagnostic(file, 0, "rule id '" + id + "' must be UPPER_SNAKE_CASE, 3 to 100 characters"));
        }
        Map<String, Object> meta = rule.getMetaData();
        Category category = enumMeta(Category.class, meta, "category", id, file, diagnostics);
        Severity severity = enumMeta(Severity.class, meta, "severity", id, file, diagnostics);
        // Drools resolves @description to its own kie annotation and keys it by that class name.
        Object description = meta.getOrDefault("description", meta.get(org.kie.api.definition.type.Description.class.getName()));
        if (description == null || description.toString().isBlank()) {
            diagnostics.add(new RuleDiagnostic(file, 0, "rule " + id + " has no @description"));
        }
        return diagnostics.size() > before ? null
                : new RuleInfo(id, category, severity, description.toString().strip(), file);
    }

    private static <E extends Enum<E>> E enumMeta(Class<E> type, Map<String, Object> meta, String key, String id,
            String file, List<RuleDiagnostic> diagnostics) {
        Object value = meta.get(key);
        if (value == null) {
            diagnostics.add(new RuleDiagnostic(file, 0, "rule " + id + " has no @" + key + " (one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ")"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        } catch (IllegalArgumentException e) {
            diagnostics.add(new RuleDiagnostic(file, 0, "rule " + id + " has @" + key + "(" + value + "); expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /**
     * The check of uploaded rule text alone, which evaluates nothing: what an upload is refused for before it is
     * handed to the process that compiles it.
     */
    public static List<RuleDiagnostic> checkText(RuleSources sources) {
        return SourceCheck.check(sources.files().stream().filter(RuleFile::compilesToRules)
                .map(RuleSetCompiler::checkedText).toList()).stream().map(RuleSetCompiler::diagnostic).toList();
    }

    /** A rule file as the source check reads it: DRL as written, a decision table as the DRL it generates. */
    private static SourceCheck.Source checkedText(RuleFile file) {
        if (file.kind() == RuleFile.Kind.DRL) return new SourceCheck.Source(file.path(), file.text(), null);
        return new SourceCheck.Source(file.path(), DecisionTableRows.generatedDrl(file),
                line -> DecisionTableRows.ruleAt(file, line));
    }

    private static RuleDiagnostic diagnostic(CodeViolation violation) {
        return new RuleDiagnostic(violation.file(), violation.line(), violation.message());
    }

    private static DecisionTableConfiguration tableConfig(DecisionTableInputType type) {
        DecisionTableConfiguration config = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        config.setInputType(type);
        return config;
    }

    private static String sourceOf(Resource resource) {
        return resource == null || resource.getSourcePath() == null ? "?" : resource.getSourcePath();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
    }
}
