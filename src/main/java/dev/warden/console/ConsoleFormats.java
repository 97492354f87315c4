package dev.warden.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** How the console's templates show values: times in UTC to the minute, as officers read them in the log. */
@TemplateExtension
final class ConsoleFormats {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ConsoleFormats() {
    }

    static String shown(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }
}
