package dev.warden.engine;

import dev.warden.validation.TimeRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.warden.facts.TransactionType;

/** The body of {@code POST /v1/decisions}. Unknown fields are rejected, not ignored. */
public record DecisionRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,128}", message = "must be 1 to 128 letters, digits or . _ : -")
        @Schema(example = "pay-000123") String transactionId,
        @NotNull @TimeRange @Schema(example = "2026-11-20T10:15:30Z") Instant occurredAt,
        @NotNull TransactionType type,
        // 18 decimals: a crypto asset's smallest unit (wei). @DecimalMax as well as @Digits: @Digits counts the
        // integer digits of 1E+2147483647 in an int, which overflows and lets it through.
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "1E15", inclusive = false, message = "must be less than 10^15")
        @Digits(integer = 15, fraction = 18, message = "must have at most 15 integer and 18 fraction digits")
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "9500.00")
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z0-9]{3,5}", message = "must be an upper-case currency or asset code such as USD or USDT")
        String currency,
        @NotNull @Valid PartyRequest originator,
        @NotNull @Valid PartyRequest beneficiary,
        @Size(max = 32) String channel,
        @Size(max = 500) String purpose,
        @Valid TravelRuleRequest travelRule,
        // Left out of the canonical request when empty, so that requests without it keep the hash (and so the
        // idempotent repeat) they had before the field existed.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = MAX_INVOLVED) List<@NotNull @Valid InvolvedParty> involved) {

    /** More than any ISO 20022 credit transfer holds: eight agents besides the parties' own, two ultimate parties. */
    public static final int MAX_INVOLVED = 16;

    /** A request that names no other party. */
    public DecisionRequest(String transactionId, Instant occurredAt, TransactionType type, BigDecimal amount,
            String currency, PartyRequest originator, PartyRequest beneficiary, String channel, String purpose,
            TravelRuleRequest travelRule) {
        this(transactionId, occurredAt, type, amount, currency, originator, beneficiary, channel, purpose, travelRule,
                null);
    }

    /** The other parties, none when the request names none. */
    public List<InvolvedParty> involvedOrNone() {
        return involved == null ? List.of() : involved;
    }

    /** Travel Rule completeness as the sending institution reports it. */
    public record TravelRuleRequest(Boolean originatorComplete, Boolean beneficiaryComplete) {
    }
}
