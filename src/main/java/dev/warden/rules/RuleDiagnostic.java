package dev.warden.rules;

/** One problem with a rule set, pointing at the file and line an officer has to fix (line 0 when unknown). */
public record RuleDiagnostic(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
