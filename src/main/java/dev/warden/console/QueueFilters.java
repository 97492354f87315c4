package dev.warden.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.warden.replay.RequestParams;
import dev.warden.review.QueueQuery;
import dev.warden.review.ReviewTypes.AlertStatus;
import dev.warden.review.ReviewTypes.CaseStatus;
import dev.warden.validation.InvalidFieldException;

/**
 * The queue page's GET form, as the person filled it in: which tab, and the filters and order that both queues
 * share. Empty fields mean "any"; the status of the alerts tab defaults to OPEN and that of the cases tab to every
 * status but CLOSED, so the queue opens on the work still to do. A value the form cannot send is refused with
 * {@link InvalidFieldException} naming the field.
 */
public record QueueFilters(String tab, String status, String assignee, boolean mine, String severity, String rule,
        String overdue, String sort, int page) {
    static final int PAGE_SIZE = 50;
    static final String ALERTS = "alerts";
    static final String CASES = "cases";
    /** The status field's value for the cases tab's default, every case not closed. */
    static final String NOT_CLOSED = "";
    static final String ANY = "any";

    static QueueFilters parse(String tab, String status, String assignee, String mine, String severity, String rule,
            String overdue, String sort, String page) {
        String parsedTab = blank(tab) ? ALERTS : switch (tab.strip()) {
            case ALERTS, CASES -> tab.strip();
            default -> throw new InvalidFieldException("tab", "must be alerts or cases");
        };
        String parsedStatus = blank(status) ? "" : status.strip();
        if (!parsedStatus.isEmpty() && !parsedStatus.equals(ANY)) {
            if (parsedTab.equals(ALERTS)) RequestParams.optionalEnum("status", parsedStatus, AlertStatus.class);
            else RequestParams.optionalEnum("status", parsedStatus, CaseStatus.class);
        }
        String parsedSeverity = blank(severity) ? "" : switch (severity.strip()) {
            case "REVIEW", "BLOCK" -> severity.strip();
            default -> throw new InvalidFieldException("severity", "must be REVIEW or BLOCK");
        };
        String parsedOverdue = blank(overdue) ? "" : switch (overdue.strip()) {
            case "true", "false" -> overdue.strip();
            default -> throw new InvalidFieldException("overdue", "must be true or false");
        };
        String parsedSort = blank(sort) ? "priority" : switch (sort.strip()) {
            case "priority", "due" -> sort.strip();
            default -> throw new InvalidFieldException("sort", "must be priority (most urgent first) or due (earliest first)");
        };
        boolean parsedMine = !blank(mine);
        return new QueueFilters(parsedTab, parsedStatus, blank(assignee) ? "" : assignee.strip(), parsedMine,
                parsedSeverity, blank(rule) ? "" : rule.strip(), parsedOverdue, parsedSort,
                RequestParams.integer("page", page, 0, 0, 1000));
    }

    /** What the queue reads; "mine" is the signed-in person's name, whatever the assignee field says. */
    QueueQuery query(String person) {
        String queueStatus = status.equals(ANY) ? null
                : !status.isEmpty() ? status
                : tab.equals(ALERTS) ? AlertStatus.OPEN.name() : QueueQuery.NOT_CLOSED;
        String queueAssignee = mine ? person : assignee.isEmpty() ? null : assignee;
        return new QueueQuery(queueStatus, queueAssignee, severity.isEmpty() ? null : severity,
                rule.isEmpty() ? null : rule, overdue.isEmpty() ? null : Boolean.valueOf(overdue), null,
                sort.equals("due") ? QueueQuery.Order.DUE : QueueQuery.Order.PRIORITY, page, PAGE_SIZE);
    }

    /** The filters that keep the page the same when only the tab or the page changes (for links). */
    String queryString(String otherTab, int otherPage) {
        StringBuilder q = new StringBuilder("tab=").append(otherTab);
        if (otherTab.equals(tab) && !status.isEmpty()) q.append("&status=").append(status);
        append(q, "assignee", assignee);
        if (mine) q.append("&mine=on");
        append(q, "severity", severity);
        append(q, "rule", rule);
        append(q, "overdue", overdue);
        append(q, "sort", sort);
        if (otherPage > 0) q.append("&page=").append(otherPage);
        return q.toString();
    }

    public String alertsLink() {
        return "/console?" + queryString(ALERTS, 0);
    }

    public String casesLink() {
        return "/console?" + queryString(CASES, 0);
    }

    public String nextLink() {
        return "/console?" + queryString(tab, page + 1);
    }

    public String previousLink() {
        return "/console?" + queryString(tab, Math.max(0, page - 1));
    }

    public boolean alertsTab() {
        return tab.equals(ALERTS);
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
