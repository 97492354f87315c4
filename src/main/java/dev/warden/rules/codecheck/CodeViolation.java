package dev.warden.rules.codecheck;

/** Something uploaded rule code may not do, where it was found (line 0 when only the file is known). */
public record CodeViolation(String file, int line, String message) {
}
