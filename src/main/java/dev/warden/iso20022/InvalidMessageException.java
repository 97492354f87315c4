package dev.warden.iso20022;

import java.util.List;

/** A message Warden does not decide: not XML, not a message it accepts, or breaking the message's schema. */
public class InvalidMessageException extends RuntimeException {
    private final List<MessageProblem> problems;

    public InvalidMessageException(String detail, List<MessageProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    public InvalidMessageException(String detail, String path, String reason) {
        this(detail, List.of(new MessageProblem(path, reason)));
    }

    public List<MessageProblem> problems() {
        return problems;
    }
}
