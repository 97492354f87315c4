package dev.warden.console.graph;

import java.util.List;

import dev.warden.console.graph.NameHighlight.Segment;

/**
 * A screening finding beside the list entry it hit, for the fragment template. {@code party} is the decision's
 * party as the request gave it; {@code entry} is null when the list now serving no longer holds the entry.
 */
public record ScreeningMatchView(String ruleId, String severity, String message, Party party, Hit hit, Entry entry) {

    /** One label and value of the party as sent; {@code segments} marks the matched words of its name. */
    public record Field(String label, String value, List<Segment> segments, boolean matched) {
    }

    public record Party(String role, List<Field> fields) {
    }

    /** What matched: kind, score, the listed name or identifier (matched words marked), and the screening's why. */
    public record Hit(String list, String listVersion, String entryId, String kind, String score,
            List<Segment> matched, String why, boolean weakAlias, List<String> programs) {
    }

    public record Name(String name, String kind, List<Segment> segments) {
    }

    public record Identifier(String kind, String value, String label, boolean matched) {
    }

    public record Wallet(String chain, String address, String currency, boolean matched) {
    }

    /** The entry as the serving list holds it; {@code servingVersion} may differ from the version the hit named. */
    public record Entry(String servingVersion, String type, List<Name> names, List<String> programs,
            List<String> countries, List<String> birthDates, List<Identifier> identifiers, List<Wallet> wallets) {
    }
}
