package dev.warden.facts;

/** The customer risk rating that onboarding assigned. */
public enum RiskRating { LOW, MEDIUM, HIGH }
