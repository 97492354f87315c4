package dev.warden.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Function;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilder;

import dev.warden.rules.codecheck.BytecodeCheck;
import dev.warden.rules.codecheck.CodeViolation;

/**
 * The classes one compilation of rule text produced (consequences, functions, evals, accumulate code), each with
 * the rule file it came from, read from the builder before the knowledge base loads any of them.
 */
final class CompiledClasses {
    /** Internal class name (a/b/C) to its bytecode and the rule file it was compiled from. */
    private final Map<String, Compiled> classes;

    private record Compiled(byte[] bytecode, String file) {
    }

    /** Types the set declares ({@code declare}): Drools generates them from field lists, outside the store. */
    private final java.util.Set<String> declaredTypes;

    private CompiledClasses(Map<String, Compiled> classes, java.util.Set<String> declaredTypes) {
        this.classes = classes;
        this.declaredTypes = declaredTypes;
    }

    static CompiledClasses of(KnowledgeBuilder builder) {
        Map<String, Compiled> classes = new LinkedHashMap<>();
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (PackageRegistry registry : ((KnowledgeBuilderImpl) builder).getPackageRegistry().values()) {
            InternalKnowledgePackage pkg = registry.getPackage();
            pkg.getTypeDeclarations().values().forEach(t -> declared.add(t.getTypeClassName().replace('.', '/')));
            if (!(pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java)) continue;
            List<Origin> origins = origins(pkg);
            java.getStore().forEach((resource, bytecode) -> {
                if (!resource.endsWith(".class")) return;
                String name = resource.substring(0, resource.length() - ".class".length());
                classes.put(name, new Compiled(bytecode, fileOf(name, origins)));
            });
        }
        return new CompiledClasses(classes, declared);
    }

    /** Every reference outside the allowed types, by the file whose rule or function holds it. */
    List<CodeViolation> check() {
        List<CodeViolation> violations = new ArrayList<>();
        classes.forEach((name, compiled) -> violations.addAll(BytecodeCheck.check(name, compiled.bytecode(),
                other -> classes.containsKey(other) || classes.containsKey(outerOf(other)) || declaredTypes.contains(other), compiled.file())));
        return violations;
    }

    private record Origin(String mangledName, String file) {
    }

    /** Drools names a rule's classes after the rule (non-identifier characters replaced) and a function's after it. */
    private static List<Origin> origins(InternalKnowledgePackage pkg) {
        List<Origin> origins = new ArrayList<>();
        for (Rule rule : pkg.getRules()) {
            if (rule instanceof RuleImpl impl && impl.getResource() != null) {
                origins.add(new Origin(rule.getName().replaceAll("[^A-Za-z0-9_$]", "_"), impl.getResource().getSourcePath()));
            }
        }
        for (Function function : pkg.getFunctions().values()) {
            if (function.getResource() != null) {
                origins.add(new Origin(function.getClassName().replace('.', '/'), function.getResource().getSourcePath()));
            }
        }
        // Longest first, so that rule A_B is not taken for rule A.
        origins.sort(java.util.Comparator.comparingInt((Origin o) -> o.mangledName().length()).reversed());
        return origins;
    }

    private static String fileOf(String className, List<Origin> origins) {
        String simple = className.substring(className.lastIndexOf('/') + 1);
        return origins.stream().filter(o -> className.equals(o.mangledName()) || className.startsWith(o.mangledName() + "$")
                || simple.contains(o.mangledName()))
                .map(Origin::file).findFirst().orElse("?");
    }

    private static String outerOf(String internal) {
        int dollar = internal.indexOf('$');
        return dollar < 0 ? internal : internal.substring(0, dollar);
    }
}
