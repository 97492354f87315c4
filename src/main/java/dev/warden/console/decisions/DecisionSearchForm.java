package dev.warden.console.decisions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.warden.decision.DecisionRecords.DecisionQuery;
import dev.warden.engine.Outcome;
import dev.warden.replay.RequestParams;

/**
 * The decision search form as the browser sent it (every field text, an empty field meaning "any"), and the query
 * it stands for. Parsing throws {@link dev.warden.validation.InvalidFieldException} naming the form field.
 */
public record DecisionSearchForm(String id, String transactionId, String party, String account, String outcome,
        String from, String to, String page) {
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 10_000;

    /** The decision id searched for, or null when the field is empty. */
    UUID decisionId() {
        return blank(id) ? null : RequestParams.uuid("id", id.trim());
    }

    DecisionQuery query() {
        return new DecisionQuery(orNull(transactionId), orNull(party), orNull(account),
                RequestParams.optionalEnum("outcome", orNull(outcome), Outcome.class),
                RequestParams.optionalInstant("from", orNull(from)), RequestParams.optionalInstant("to", orNull(to)),
                pageNumber(), PAGE_SIZE);
    }

    int pageNumber() {
        return RequestParams.integer("page", orNull(page), 0, 0, MAX_PAGE);
    }

    /** This search's address at another page. */
    String href(int pageNumber) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("transactionId", transactionId);
        fields.put("party", party);
        fields.put("account", account);
        fields.put("outcome", outcome);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("page", String.valueOf(pageNumber));
        return "/console/decisions?" + fields.entrySet().stream().filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The outcomes the form offers, for its select. */
    public Outcome[] outcomes() {
        return Outcome.values();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
