package dev.warden.console.graph;

import java.util.List;

/**
 * A finding's money path, ready for the fragment template: the rule and its message, what the drawing shows, the
 * SVG (written and escaped by {@link PathSvg}), and the transfers as rows for the caption.
 */
public record MoneyPath(String ruleId, String message, String title, String svg, List<Row> transfers,
        boolean truncated) {

    public record Row(String transactionId, String time, String from, String to, String amount, boolean decided) {
        static Row of(Transfer t) {
            return new Row(t.transactionId(), TransferText.time(t.occurredAt()), t.from(), t.to(),
                    TransferText.amount(t.amount(), t.currency()), t.decided());
        }
    }
}
