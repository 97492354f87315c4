package dev.warden.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The KYC facts an onboarding system owns for one customer, as the rule engine sees them. */
public record KycProfile(String name, PartyType type, String country, KycStatus kycStatus, Integer kycLevel,
        LocalDate verifiedAt, LocalDate expiresAt, RiskRating riskRating, LocalDate incorporatedOn,
        Boolean beneficialOwnersKnown, Boolean pep, BigDecimal declaredMonthlyVolumeUsd, LocalDate accountOpenedOn) {
}
