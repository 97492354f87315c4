package dev.warden.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the event feed: the writing transaction's id and the sequence number of the last event read.
 * Events are read in (transaction, seq) order, and only from transactions older than every one still running, so
 * nothing can commit behind a cursor later. Clients see it as an opaque string.
 */
public record FeedCursor(long transaction, long seq) {
    public static final FeedCursor START = new FeedCursor(0, 0);

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((transaction + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, {@link #START} when it sent none, empty when it is not one Warden gave. */
    public static Optional<FeedCursor> parse(String text) {
        if (text == null || text.isEmpty()) return Optional.of(START);
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 2 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[0-9]{1,18}")) {
                return Optional.of(new FeedCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // not base64: the same answer as any other garbled cursor
        }
        return Optional.empty();
    }
}
