package dev.warden.console.graph;

import java.util.List;

/**
 * A case customer's recent transactions, newest first. {@code customer} is a party id or an account key, as
 * {@code kind} says; {@code limit} the configured number asked for.
 */
public record Timeline(String kind, String customer, int limit, List<Entry> entries) {

    public enum Direction { IN, OUT, OWN }

    /**
     * One transaction: the other side's account and party (for {@code OWN}, the receiving side), the decision's
     * outcome ({@code null} for history imported without a decision), and whether one of the case's alerts is about it.
     */
    public record Entry(String transactionId, String time, Direction direction, String counterpartyAccount,
            String counterpartyParty, String amount, String outcome, boolean inCase) {
    }
}
