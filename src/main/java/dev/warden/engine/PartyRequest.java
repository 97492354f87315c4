package dev.warden.engine;

import dev.warden.validation.IsoCountry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.warden.facts.PartyType;

/** One side of a transaction as the payment system describes it. */
public record PartyRequest(
        @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,128}", message = "must be 1 to 128 letters, digits or . _ : -") String partyId,
        @Size(min = 1, max = 300) String name,
        PartyType type,
        @IsoCountry String country,
        @Size(min = 1, max = 128) String accountId,
        @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", message = "must be an IBAN in upper case without spaces") String iban,
        @Pattern(regexp = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be an 8 or 11 character BIC in upper case") String bic,
        @Pattern(regexp = "[A-Za-z0-9:]{16,128}", message = "must be 16 to 128 letters or digits") String walletAddress,
        @Pattern(regexp = "[A-Z0-9_]{2,32}", message = "must be an upper-case chain name such as TRON or ETHEREUM") String chain,
        @Size(max = 200) String vasp) {

    @JsonIgnore
    @AssertTrue(message = "must name the party: give at least one of partyId, name, accountId, iban or walletAddress")
    public boolean isIdentified() {
        return partyId != null || name != null || accountId != null || iban != null || walletAddress != null;
    }

    @JsonIgnore
    @AssertTrue(message = "walletAddress needs its chain")
    public boolean isWalletWithChain() {
        return walletAddress == null || chain != null;
    }
}
