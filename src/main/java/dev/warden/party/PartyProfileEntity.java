package dev.warden.party;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.warden.facts.KycStatus;
import dev.warden.facts.PartyType;
import dev.warden.facts.RiskRating;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current KYC profile of one customer, as the onboarding system last pushed it. */
@Entity
@Table(name = "party_profiles")
public class PartyProfileEntity extends PanacheEntityBase {
    @Id
    @Column(name = "party_id")
    public String partyId;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartyType type;
    public String country;
    @Enumerated(EnumType.STRING)
    @Column(name = "kyc_status")
    public KycStatus kycStatus;
    @Column(name = "kyc_level")
    public Integer kycLevel;
    @Column(name = "verified_at")
    public LocalDate verifiedAt;
    @Column(name = "expires_at")
    public LocalDate expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_rating")
    public RiskRating riskRating;
    public boolean pep;
    @Column(name = "beneficial_owners_known")
    public Boolean beneficialOwnersKnown;
    @Column(name = "incorporated_on")
    public LocalDate incorporatedOn;
    @Column(name = "declared_monthly_volume_usd")
    public BigDecimal declaredMonthlyVolumeUsd;
    @Column(name = "account_opened_on")
    public LocalDate accountOpenedOn;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
