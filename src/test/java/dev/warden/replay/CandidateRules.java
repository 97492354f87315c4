package dev.warden.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.warden.testing.RuleZips;


/**
 * Rule sets for replay, backtest and shadow tests: the bundled rules/ folder as it is, or with the KYC threshold
 * lowered from 3,000 to 1,000 USD (and its at-threshold scenario moved with it, so the candidate validates).
 */
final class CandidateRules {
    static final String KYC_RULE = "KYC_UNVERIFIED_ABOVE_THRESHOLD";

    private CandidateRules() {
    }

    static Map<String, String> bundled() {
        return RuleZips.bundled();
    }

    static Map<String, String> lowerKycThreshold() {
        Map<String, String> files = bundled();
        files.put("lists/kyc-thresholds.csv", replaceOnce(files.get("lists/kyc-thresholds.csv"), "UNVERIFIED_MIN_USD,3000,",
                "UNVERIFIED_MIN_USD,1000,"));
        files.put("tests/kyc/unverified-above-threshold.yaml", replaceOnce(
                files.get("tests/kyc/unverified-above-threshold.yaml"), "amount: \"3000\",", "amount: \"1000\","));
        return files;
    }

    /** Replaces the folder's files with these (a plain folder: the tests reload explicitly). */
    static Path write(Path folder, Map<String, String> files) {
        try {
            // A file of an earlier run that these don't name (a renamed scenario) would be served too.
            if (Files.isDirectory(folder)) {
                try (var old = Files.walk(folder)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (!p.equals(folder)) Files.delete(p);
                    }
                }
            }
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, String> files) {
        return RuleZips.zip(files);
    }

    private static String replaceOnce(String text, String from, String to) {
        if (!text.contains(from)) throw new IllegalStateException("the bundled rules no longer contain '" + from + "'");
        return text.replace(from, to);
    }
}
