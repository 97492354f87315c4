package dev.warden.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedCursorTest {
    @Test
    void aCursorReadsBackAsItWasGivenAndNothingElseIsACursor() {
        FeedCursor cursor = new FeedCursor(123_456_789_012L, 42);
        assertThat(FeedCursor.parse(cursor.encode())).contains(cursor);
        assertThat(FeedCursor.parse(null)).contains(FeedCursor.START);
        assertThat(FeedCursor.parse("")).contains(FeedCursor.START);
        for (String garbled : new String[] {"not a cursor", "MTIz", "LTEuMg", "MS4yLjM", "OTk5OTk5OTk5OTk5OTk5OTk5OS4x", "%%"}) {
            assertThat(FeedCursor.parse(garbled)).as(garbled).isEmpty();
        }
    }
}
