package dev.warden.facts;

/** The due-diligence state an onboarding system reports for a customer. */
public enum KycStatus { NONE, PENDING, VERIFIED, REJECTED, EXPIRED }
