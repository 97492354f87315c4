package dev.warden.review;

/** Who acts on a case: the authenticated caller (API key name or JWT subject), and whether a supervisor. */
public record Actor(String name, boolean supervisor) {
    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an action needs an authenticated caller");
    }
}
