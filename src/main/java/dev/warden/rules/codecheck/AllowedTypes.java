package dev.warden.rules.codecheck;

import java.util.Set;

/**
 * The Java types uploaded rules may name: the facts, value types of {@code java.lang}, {@code java.math},
 * {@code java.time} and the collections of {@code java.util}. Everything that reaches files, sockets, processes,
 * threads, class loading, reflection or the JVM itself is outside it. One list for the source check and the
 * compiled-code check, so that what the text may name and what its bytecode may reference cannot drift apart.
 */
public final class AllowedTypes {
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "CharSequence",
            "Math", "StrictMath", "Number", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
            "Character", "Comparable", "Iterable", "Enum", "Void", "Record", "Throwable", "Exception",
            "RuntimeException", "ArithmeticException", "IllegalArgumentException", "IllegalStateException",
            "NullPointerException", "IndexOutOfBoundsException", "NumberFormatException",
            "UnsupportedOperationException", "ClassCastException");

    /** java.util types that start threads, load services, read resources or files: never. */
    private static final Set<String> JAVA_UTIL_DENIED = Set.of("ServiceLoader", "Timer", "TimerTask", "Scanner",
            "Properties", "PropertyResourceBundle", "ResourceBundle", "ListResourceBundle", "Formatter",
            "PropertyPermission", "Random", "SplittableRandom", "EventListenerProxy");

    private static final Set<String> JAVA_UTIL_SUBPACKAGES = Set.of("function", "stream", "regex");

    private AllowedTypes() {
    }

    /** @param name a binary name with dots ({@code java.util.Map$Entry}) or an internal one with slashes */
    public static boolean allowed(String name) {
        String type = name.replace('/', '.');
        int dot = type.lastIndexOf('.');
        if (dot < 0) return false;
        String pkg = type.substring(0, dot);
        String simple = type.substring(dot + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        return switch (pkg) {
            case "dev.warden.facts", "java.math", "java.time", "java.time.format", "java.time.temporal",
                    "java.time.chrono" -> true;
            case "java.lang" -> JAVA_LANG.contains(outer);
            case "java.util" -> !JAVA_UTIL_DENIED.contains(outer);
            default -> pkg.startsWith("java.util.") && JAVA_UTIL_SUBPACKAGES.contains(pkg.substring(10));
        };
    }

    /** Whether an import line ({@code java.util.*}, {@code dev.warden.facts.Party}) names only allowed types. */
    public static boolean allowedImport(String target) {
        String clean = target.strip();
        if (!clean.endsWith(".*")) return allowed(clean);
        String pkg = clean.substring(0, clean.length() - 2);
        return !pkg.equals("java.lang") && allowed(pkg + ".Object");
    }

    /** Simple names that an import or {@code java.lang} makes resolvable in rule text but that are not allowed. */
    public static boolean deniedSimpleName(String simple) {
        return JAVA_UTIL_DENIED.contains(simple) || JAVA_LANG_DENIED.contains(simple);
    }

    /** The java.lang types (and subpackage names) that rule text could name without an import and may not. */
    private static final Set<String> JAVA_LANG_DENIED = Set.of("Runtime", "System", "Thread", "ThreadGroup",
            "ThreadLocal", "InheritableThreadLocal", "Process", "ProcessBuilder", "ProcessHandle", "Class",
            "ClassLoader", "ClassValue", "Compiler", "SecurityManager", "StackWalker", "StackTraceElement", "Module",
            "ModuleLayer", "Package", "Runnable", "ScopedValue", "Shutdown", "reflect", "invoke", "ref",
            "instrument", "management", "ThreadDeath", "VirtualMachineError", "OutOfMemoryError", "Error",
            "InterruptedException", "Readable", "AutoCloseable", "Appendable", "Cloneable", "Deprecated",
            "FunctionalInterface", "Override", "SafeVarargs", "SuppressWarnings", "StringBuffer",
            "ReflectiveOperationException", "ClassNotFoundException", "LinkageError");
}
