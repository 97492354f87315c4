package dev.warden.console.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.warden.rules.RuleFile;

/** One file of the serving rule set: its path, kind, size and SHA-256, so an officer can tell which copy serves. */
public record RuleFileView(String path, RuleFile.Kind kind, int bytes, String sha256) {

    static RuleFileView of(RuleFile file) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content()));
            return new RuleFileView(file.path(), file.kind(), file.content().length, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
