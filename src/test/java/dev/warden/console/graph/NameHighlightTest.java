package dev.warden.console.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.warden.console.graph.NameHighlight.Segment;

class NameHighlightTest {

    @Test
    void wordsCloseToTheOtherNamesWordsAreMarkedAcrossScriptsAndTheTextIsKept() {
        assertThat(NameHighlight.mark("ПАО Сбербанк России", "Sberbank Rossii")).containsExactly(
                new Segment("ПАО", false), new Segment(" ", false), new Segment("Сбербанк", true),
                new Segment(" ", false), new Segment("России", true));
        assertThat(NameHighlight.mark("Ivan  Petrovv", "PETROV, Ivan")).containsExactly(new Segment("Ivan", true),
                new Segment("  ", false), new Segment("Petrovv", true));
        assertThat(NameHighlight.mark("Anna Weber", "Sberbank of Russia")).noneMatch(Segment::marked);
        assertThat(NameHighlight.matchedWords("<b>Sberbank</b> x", "Sberbank")).isEqualTo(1);
        assertThat(NameHighlight.mark(null, "x")).isEmpty();
    }
}
