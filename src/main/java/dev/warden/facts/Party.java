package dev.warden.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One side of the transaction: what the request says about it and, for a known customer, the KYC profile that
 * onboarding pushed. Derived fields ({@code known}, {@code kycCurrent}, ages in days) are computed as of the
 * transaction's {@code occurredAt}, never the wall clock, so replays decide the same way.
 */
public final class Party {
    private PartyRole role;
    private String partyId;
    private String name;
    private PartyType type;
    private String country;
    private String accountId;
    private String iban;
    private String bic;
    private String walletAddress;
    private String chain;
    private String vasp;

    private boolean known;
    private KycStatus kycStatus;
    private Integer kycLevel;
    private LocalDate verifiedAt;
    private LocalDate expiresAt;
    private RiskRating riskRating;
    private LocalDate incorporatedOn;
    private Boolean beneficialOwnersKnown;
    private boolean pep;
    private BigDecimal declaredMonthlyVolumeUsd;
    private LocalDate accountOpenedOn;
    private boolean kycCurrent;
    private Long companyAgeDays;
    private Long accountAgeDays;

    private Party() {
    }

    public static Builder builder(PartyRole role) {
        return new Builder(role);
    }

    public PartyRole getRole() { return role; }
    public String getPartyId() { return partyId; }
    public String getName() { return name; }
    public PartyType getType() { return type; }
    /** ISO 3166-1 alpha-2 country code, upper case. */
    public String getCountry() { return country; }
    public String getAccountId() { return accountId; }
    public String getIban() { return iban; }
    /** BIC of the party's bank, upper case. */
    public String getBic() { return bic; }
    public String getWalletAddress() { return walletAddress; }
    public String getChain() { return chain; }
    /** The virtual-asset service provider holding the wallet, where the request names one. */
    public String getVasp() { return vasp; }
    /**
     * The key under which this party's account appears in history: accountId, else IBAN, else chain:wallet.
     * Null when the request names no account at all.
     */
    public String getAccountKey() { return AccountKeys.of(accountId, iban, chain, walletAddress); }

    /** True when a KYC profile is stored for this party's partyId. */
    public boolean isKnown() { return known; }
    /** The stored KYC status; NONE for a party without a profile. */
    public KycStatus getKycStatus() { return kycStatus; }
    public Integer getKycLevel() { return kycLevel; }
    public LocalDate getVerifiedAt() { return verifiedAt; }
    public LocalDate getExpiresAt() { return expiresAt; }
    public RiskRating getRiskRating() { return riskRating; }
    public LocalDate getIncorporatedOn() { return incorporatedOn; }
    public Boolean getBeneficialOwnersKnown() { return beneficialOwnersKnown; }
    public boolean isPep() { return pep; }
    public BigDecimal getDeclaredMonthlyVolumeUsd() { return declaredMonthlyVolumeUsd; }
    public LocalDate getAccountOpenedOn() { return accountOpenedOn; }
    /** VERIFIED and not expired on the day the transaction occurred. */
    public boolean isKycCurrent() { return kycCurrent; }
    /** Days from incorporation to the transaction; null when unknown. */
    public Long getCompanyAgeDays() { return companyAgeDays; }
    /** Days from account opening to the transaction; null when unknown. */
    public Long getAccountAgeDays() { return accountAgeDays; }

    @Override
    public String toString() {
        return role + " " + (partyId != null ? partyId : name);
    }

    /** Builds a party from the request, then adds the stored profile and the derived fields. */
    public static final class Builder {
        private final Party party = new Party();

        private Builder(PartyRole role) {
            party.role = role;
            party.kycStatus = KycStatus.NONE;
        }

        public Builder partyId(String v) { party.partyId = v; return this; }
        public Builder name(String v) { party.name = v; return this; }
        public Builder type(PartyType v) { party.type = v; return this; }
        public Builder country(String v) { party.country = v; return this; }
        public Builder accountId(String v) { party.accountId = v; return this; }
        public Builder iban(String v) { party.iban = v; return this; }
        public Builder bic(String v) { party.bic = v; return this; }
        public Builder walletAddress(String v) { party.walletAddress = v; return this; }
        public Builder chain(String v) { party.chain = v; return this; }
        public Builder vasp(String v) { party.vasp = v; return this; }

        /** Adds a stored KYC profile. Request fields win where the request gives them. */
        public Builder profile(KycProfile p) {
            party.known = true;
            if (party.name == null) party.name = p.name();
            if (party.type == null) party.type = p.type();
            if (party.country == null) party.country = p.country();
            party.kycStatus = p.kycStatus() == null ? KycStatus.NONE : p.kycStatus();
            party.kycLevel = p.kycLevel();
            party.verifiedAt = p.verifiedAt();
            party.expiresAt = p.expiresAt();
            party.riskRating = p.riskRating();
            party.incorporatedOn = p.incorporatedOn();
            party.beneficialOwnersKnown = p.beneficialOwnersKnown();
            party.pep = Boolean.TRUE.equals(p.pep());
            party.declaredMonthlyVolumeUsd = p.declaredMonthlyVolumeUsd();
            party.accountOpenedOn = p.accountOpenedOn();
            return this;
        }

        /** Computes the fields that depend on the transaction's date. */
        public Party asOf(LocalDate transactionDate) {
            party.kycCurrent = party.kycStatus == KycStatus.VERIFIED
                    && (party.expiresAt == null || !party.expiresAt.isBefore(transactionDate));
            party.companyAgeDays = daysBetween(party.incorporatedOn, transactionDate);
            party.accountAgeDays = daysBetween(party.accountOpenedOn, transactionDate);
            return party;
        }

        private static Long daysBetween(LocalDate from, LocalDate to) {
            return from == null ? null : java.time.temporal.ChronoUnit.DAYS.between(from, to);
        }
    }
}
