package dev.warden.console.rules;

import org.apache.commons.codec.digest.DigestUtils;

import dev.warden.rules.RuleFile;

/** One file of the serving rule set: its path, kind, size and SHA-256, so an officer can tell which copy serves. */
public record RuleFileView(String path, RuleFile.Kind kind, int bytes, String sha256) {

    static RuleFileView of(RuleFile file) {
        return new RuleFileView(file.path(), file.kind(), file.content().length, DigestUtils.sha256Hex(file.content()));
    }
}
