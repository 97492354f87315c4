package dev.warden.facts;

/** The kind of risk a rule looks for; each rule declares one in {@code @category}. */
public enum Category {
    SANCTIONS, KYC, LAYERING, POLICY, SYSTEM
}
