package dev.warden.screening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;

/** The in-house list format is CSV: a quoted cell may hold a comma, and a quote left open is an error with its line. */
class WardenCsvListReaderTest {
    private static final String HEADER = WardenCsvListReader.FORMAT_MARKER + "\n# version: 2026-12-01\n"
            + "entry_id,entity_type,kind,value,chain\n";

    @Test
    void aQuotedNameKeepsItsComma() throws IOException {
        WatchList list = read(HEADER + "W-1,ENTITY,NAME,\"Vostok Trade, LLC\",\n"
                + "W-1,ENTITY,ALIAS,\"Vostok \"\"East\"\" Trade\",\nW-1,ENTITY,COUNTRY,RU,\n");
        WatchListEntry entry = list.entries().get(0);
        assertThat(entry.primaryName()).isEqualTo("Vostok Trade, LLC");
        assertThat(entry.names()).extracting(WatchListEntry.ListedName::name)
                .containsExactly("Vostok Trade, LLC", "Vostok \"East\" Trade");
        assertThat(list.entries()).hasSize(1);
    }

    @Test
    void aQuoteLeftOpenNamesTheLine() {
        assertThatThrownBy(() -> read(HEADER + "W-1,ENTITY,NAME,\"Vostok Trade, LLC,\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("in-house.csv:4").hasMessageContaining("quote");
    }

    private static WatchList read(String text) throws IOException {
        return new WardenCsvListReader().read("IN_HOUSE", "in-house.csv", new StringReader(text));
    }
}
