package dev.warden.party;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.warden.facts.KycStatus;
import dev.warden.facts.PartyType;
import dev.warden.facts.RiskRating;
import dev.warden.validation.IsoCountry;
import dev.warden.validation.TimeRange;

/** The KYC profile an onboarding system pushes with {@code PUT /v1/parties/{partyId}}. */
public record PartyProfileRequest(
        @Size(max = 300) String name,
        @NotNull PartyType type,
        @IsoCountry String country,
        @NotNull KycStatus kycStatus,
        @Min(0) @Max(5) Integer kycLevel,
        @TimeRange LocalDate verifiedAt,
        @TimeRange LocalDate expiresAt,
        RiskRating riskRating,
        Boolean pep,
        Boolean beneficialOwnersKnown,
        @TimeRange LocalDate incorporatedOn,
        // The column is numeric(20,2); @DecimalMax because @Digits lets 1E+2147483647 through (see DecisionRequest).
        @DecimalMin("0") @DecimalMax(value = "1E18", inclusive = false, message = "must be less than 10^18")
        @Digits(integer = 18, fraction = 2, message = "must have at most 18 integer and 2 fraction digits")
        BigDecimal declaredMonthlyVolumeUsd,
        @TimeRange LocalDate accountOpenedOn) {

    /** The profile as the rule engine sees it (for scenario tests, which keep profiles in memory). */
    public dev.warden.facts.KycProfile toFacts() {
        return new dev.warden.facts.KycProfile(name, type, country, kycStatus, kycLevel, verifiedAt, expiresAt,
                riskRating, incorporatedOn, beneficialOwnersKnown, pep, declaredMonthlyVolumeUsd, accountOpenedOn);
    }

    @JsonIgnore
    @AssertTrue(message = "must not be before verifiedAt")
    public boolean isExpiresAtAfterVerification() {
        return expiresAt == null || verifiedAt == null || !expiresAt.isBefore(verifiedAt);
    }

    @JsonIgnore
    @AssertTrue(message = "a VERIFIED profile needs verifiedAt")
    public boolean isVerifiedAtGivenWhenVerified() {
        return kycStatus != KycStatus.VERIFIED || verifiedAt != null;
    }
}
