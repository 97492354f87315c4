package dev.warden.rules.codecheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The first check of rule text that arrives over HTTP, before Drools compiles it (compiling evaluates metadata,
 * attribute values and field initialisers with MVEL, and constraints run as MVEL later, outside any bytecode
 * check). It parses each file with Drools' own parser and refuses, with file and line:
 * <ul>
 * <li>imports, globals, declared fields and function signatures naming types outside {@link AllowedTypes};
 * custom accumulate functions;</li>
 * <li>metadata, attribute values and field initialisers that are not plain literals; the MVEL dialect; timers
 * and calendars;</li>
 * <li>anywhere in the text (comments and string literals aside): qualified names outside the allowed packages,
 * the {@code java.lang} types that reach the JVM (System, Runtime, Thread, Class, ClassLoader, ProcessBuilder...),
 * and the members that open reflection, processes or the engine itself ({@code getClass}, {@code forName},
 * {@code exec}, {@code getKieRuntime}...).</li>
 * </ul>
 * The compiled-code check ({@link BytecodeCheck}) then holds for everything Java; this one is what stands in front
 * of the MVEL parts.
 */
public final class SourceCheck {
    /** One file as checked: its path, its DRL (a decision table's generated DRL) and the table row of a line. */
    public record Source(String path, String drl, IntFunction<String> rowOfLine) {
    }

    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org",
            "io", "net", "dev", "groovy", "kotlin", "scala", "mvel2");

    private static final Set<String> DENIED_MEMBERS = Set.of("getClass", "class", "forName", "getClassLoader",
            "getContextClassLoader", "getSystemClassLoader", "exec", "exit", "halt", "getRuntime", "load",
            "loadLibrary", "invoke", "invokeExact", "newInstance", "setAccessible", "getDeclaredMethod",
            "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor",
            "getDeclaredConstructors", "getMethod", "getMethods", "getField", "getFields", "getConstructor",
            "getConstructors", "getKieRuntime", "getKieBase", "getKieSession", "getWorkingMemory", "getEntryPoint",
            "getEntryPoints", "getChannels", "getResource", "getResourceAsStream", "lookup", "getProtectionDomain",
            "getModule", "wait", "notify", "notifyAll", "finalize");

    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "auto-focus",
            "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires", "enabled",
            "dialect");

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void");

    private static final Pattern LITERAL = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|-?\\d+(?:\\.\\d+)?[lLdDfF]?|true|false|null|[A-Za-z_][A-Za-z0-9_]*");

    private static final Pattern NAME_CHAIN = Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)(\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");

    private SourceCheck() {
    }

    public static List<CodeViolation> check(Collection<Source> sources) {
        List<CodeViolation> violations = new ArrayList<>();
        for (Source source : sources) violations.addAll(check(source));
        return violations;
    }

    static List<CodeViolation> check(Source source) {
        Report report = new Report(source);
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.drl());
        } catch (DroolsParserException e) {
            // Not parseable: the compiler reports why, and rejects the file before anything is evaluated.
            return List.of();
        }
        if (parser.hasErrors() || pkg == null) return List.of();
        Set<String> declared = new HashSet<>();
        pkg.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
        pkg.getEnumDeclarations().forEach(t -> declared.add(t.getTypeName()));
        for (ImportDescr i : pkg.getImports()) {
            if (!AllowedTypes.allowedImport(i.getTarget())) report.add(i, "import " + i.getTarget() + " is not allowed; "
                    + "rules may import dev.warden.facts, java.util, java.time, java.math and basic java.lang types");
        }
        for (ImportDescr i : pkg.getFunctionImports()) {
            String target = i.getTarget();
            String owner = target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : target;
            if (!AllowedTypes.allowed(owner)) report.add(i, "import function " + target + " is not allowed");
        }
        pkg.getAccumulateImports().forEach(i -> report.add(i, "custom accumulate functions are not allowed"));
        for (GlobalDescr g : pkg.getGlobals()) checkType(report, g, g.getType(), declared, "global " + g.getIdentifier());
        pkg.getAttributes().forEach(a -> checkAttribute(report, a));
        for (FunctionDescr f : pkg.getFunctions()) {
            checkType(report, f, f.getReturnType(), declared, "function " + f.getName() + " returns");
            f.getParameterTypes().forEach(t -> checkType(report, f, t, declared, "function " + f.getName() + " takes"));
        }
        for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
            checkAnnotations(report, type);
            if (type.getSuperTypeName() != null && !type.getSuperTypeName().equals("Object")) {
                checkType(report, type, type.getSuperTypeName(), declared, "declare " + type.getTypeName() + " extends");
            }
            for (TypeFieldDescr field : type.getFields().values()) {
                checkAnnotations(report, field);
                String what = "field " + type.getTypeName() + "." + field.getFieldName();
                if (field.getPattern() != null) checkType(report, field, field.getPattern().getObjectType(), declared, what);
                if (field.getInitExpr() != null && !LITERAL.matcher(field.getInitExpr().strip()).matches()) {
                    report.add(field, what + " starts with an expression; only a literal value is allowed");
                }
            }
        }
        if (!pkg.getEnumDeclarations().isEmpty()) report.add(pkg.getEnumDeclarations().get(0), "declared enums are not allowed");
        for (RuleDescr rule : pkg.getRules()) {
            checkAnnotations(report, rule);
            rule.getAttributes().values().forEach(a -> checkAttribute(report, a));
        }
        checkText(report, source.drl());
        return report.violations.stream().distinct().toList();
    }

    private static void checkAttribute(Report report, AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            report.add(attribute, "the attribute " + name + " is not allowed (allowed: " + new java.util.TreeSet<>(ATTRIBUTES) + ")");
        } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
            report.add(attribute, "dialect " + value + " is not allowed; rules are written in the java dialect");
        } else if (!LITERAL.matcher(value).matches()) {
            report.add(attribute, "the attribute " + name + " must be a literal, not an expression");
        }
    }

    private static void checkAnnotations(Report report, AnnotatedBaseDescr descr) {
        for (AnnotationDescr annotation : descr.getAnnotations()) {
            for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
                if (!literal(value.getValue())) {
                    // The parser keeps no line for metadata: the first line after its owner's start that holds it.
                    int line = annotation.getLine() > 0 ? annotation.getLine()
                            : report.lineOf("@" + annotation.getName(), descr.getLine());
                    report.add(line, "metadata @" + annotation.getName() + " must be a literal (a quoted text, "
                            + "a number or a word), not an expression");
                }
            }
        }
    }

    private static boolean literal(Object value) {
        if (value == null) return true;
        if (value instanceof Object[] values) return java.util.Arrays.stream(values).allMatch(SourceCheck::literal);
        if (value instanceof Collection<?> values) return values.stream().allMatch(SourceCheck::literal);
        if (value instanceof Map<?, ?> values) return values.values().stream().allMatch(SourceCheck::literal);
        String text = value.toString().strip();
        return LITERAL.matcher(text).matches() && !AllowedTypes.deniedSimpleName(text);
    }

    private static void checkType(Report report, BaseDescr where, String type, Set<String> declared, String what) {
        if (type == null) return;
        String raw = type.replaceAll("<.*>", "").replace("[]", "").replace("...", "").strip();
        if (raw.isEmpty() || PRIMITIVES.contains(raw) || declared.contains(raw)) return;
        boolean ok = raw.contains(".") ? AllowedTypes.allowed(raw)
                : AllowedTypes.allowed("java.lang." + raw) || !AllowedTypes.deniedSimpleName(raw);
        if (!ok) report.add(where, what + " " + type + ", a type rules may not use");
    }

    /** Names anywhere in the text, comments and string literals aside. */
    private static void checkText(Report report, String drl) {
        String code = withoutCommentsAndStrings(drl);
        Matcher chain = NAME_CHAIN.matcher(code);
        while (chain.find()) {
            String[] parts = chain.group().split("\\s*\\.\\s*");
            int line = lineOf(code, chain.start());
            if (isHeader(code, chain.start())) continue;
            if (PACKAGE_ROOTS.contains(parts[0]) && parts.length > 1) {
                String type = qualifiedType(parts);
                if (type == null || !AllowedTypes.allowed(type)) {
                    report.add(line, "'" + chain.group().replaceAll("\\s", "") + "' is outside what rules may use");
                }
                continue;
            }
            if (AllowedTypes.deniedSimpleName(parts[0])) {
                report.add(line, "'" + parts[0] + "' is not available to rules");
            }
            for (int i = 0; i < parts.length; i++) {
                if (DENIED_MEMBERS.contains(parts[i]) && (i > 0 || followedByCall(code, chain.end()))) {
                    report.add(line, "'" + parts[i] + "' is not available to rules");
                }
            }
        }
    }

    private static boolean followedByCall(String code, int end) {
        int i = end;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
        return i < code.length() && code.charAt(i) == '(';
    }

    /** a.b.C.d -> a.b.C (nested types as C$D); null when no part names a type. */
    private static String qualifiedType(String[] parts) {
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append('.').append(parts[i]);
            if (Character.isUpperCase(parts[i].charAt(0))) {
                for (int j = i + 1; j < parts.length && Character.isUpperCase(parts[j].charAt(0)); j++) {
                    if (parts[j].chars().allMatch(c -> Character.isUpperCase(c) || c == '_' || Character.isDigit(c))) break;
                    name.append('$').append(parts[j]);
                }
                return name.toString();
            }
        }
        return null;
    }

    /** package, import and global lines are checked from the parsed descriptors. */
    private static boolean isHeader(String code, int at) {
        int start = code.lastIndexOf('\n', at - 1) + 1;
        String head = code.substring(start, at).strip();
        return head.equals("package") || head.equals("import") || head.equals("import function")
                || head.equals("import accumulate") || head.startsWith("global") && !head.contains("(");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Blanks comments and the contents of string and character literals, keeping every line break. */
    static String withoutCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/'
                    || c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
                while (i < text.length() && text.charAt(i) != '\n') { out.append(' '); i++; }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) out.append(text.charAt(i) == '\n' ? '\n' : ' ');
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) { out.append(' '); i++; }
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < text.length()) { out.append(c); i++; }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static final class Report {
        private final Source source;
        private final List<CodeViolation> violations = new ArrayList<>();

        Report(Source source) {
            this.source = source;
        }

        int lineOf(String text, int fromLine) {
            String[] lines = source.drl().split("\n", -1);
            for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
            return Math.max(0, fromLine);
        }

        void add(BaseDescr where, String message) {
            add(Math.max(0, where.getLine()), message);
        }

        void add(int line, String message) {
            if (source.rowOfLine() == null) {
                violations.add(new CodeViolation(source.path(), line, message));
            } else {
                String row = source.rowOfLine().apply(line);
                violations.add(new CodeViolation(source.path(), 0, (row != null ? "in the row of rule " + row + ": " : "")
                        + message));
            }
        }
    }
}
