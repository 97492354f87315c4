package dev.warden.console.decisions;

import jakarta.ws.rs.QueryParam;

/** The decision search form's query parameters, read as text so that a bad one is reported, not a bare 404. */
public class DecisionSearchParams {
    @QueryParam("id") String id;
    @QueryParam("transactionId") String transactionId;
    @QueryParam("party") String party;
    @QueryParam("account") String account;
    @QueryParam("outcome") String outcome;
    @QueryParam("from") String from;
    @QueryParam("to") String to;
    @QueryParam("page") String page;

    DecisionSearchForm form() {
        return new DecisionSearchForm(id, transactionId, party, account, outcome, from, to, page);
    }
}
