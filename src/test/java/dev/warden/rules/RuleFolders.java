package dev.warden.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small rule folders for compiler tests. */
final class RuleFolders {
    static final String HEADER = """
            package test.rules;
            import dev.warden.facts.*;
            global Findings findings;
            """;

    private RuleFolders() {
    }

    static Path write(Path root, Map<String, String> files) {
        try {
            for (var file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rule(String id, String severity, String when, String then) {
        return """
                rule "%s"
                    @category(POLICY) @severity(%s) @description("test rule %s")
                when
                    %s
                then
                    %s
                end
                """.formatted(id, severity, id, when, then);
    }
}
