package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem a check finds, so that one run reports all of them, and fails if there is any. */
final class Problems {
    private final String subject;
    private final List<String> found = new ArrayList<>();

    Problems(Object subject) {
        this.subject = String.valueOf(subject);
    }

    /** Records the problem when the condition does not hold; returns the condition. */
    boolean check(boolean condition, String problem) {
        if (!condition) found.add(problem);
        return condition;
    }

    void add(String problem) {
        found.add(problem);
    }

    void assertNone() {
        if (!found.isEmpty()) fail(subject + ": " + found.size() + " problem(s):\n  " + String.join("\n  ", found));
    }
}
