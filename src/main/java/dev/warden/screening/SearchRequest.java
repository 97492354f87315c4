package dev.warden.screening;

import dev.warden.screening.list.WatchListEntry;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.warden.screening.ScreeningQuery.QueryIdentifier;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/** The body of POST /v1/screening/search: a name with qualifiers, and/or identifiers, and/or a wallet. */
public record SearchRequest(
        @Size(max = 300) String name,
        @Pattern(regexp = "INDIVIDUAL|ENTITY|COMPANY|FINANCIAL_INSTITUTION|VASP|VESSEL|AIRCRAFT",
                message = "must be one of INDIVIDUAL, ENTITY, COMPANY, FINANCIAL_INSTITUTION, VASP, VESSEL, AIRCRAFT") String type,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as RU") String country,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be yyyy, yyyy-MM or yyyy-MM-dd") String dateOfBirth,
        @Size(max = 20) List<@Valid @NotNull Identifier> identifiers,
        @Size(max = 128) String wallet,
        @Size(max = 300) String partyId,
        @DecimalMin("0.0") @DecimalMax("1.0") Double minScore,
        @Min(1) @Max(100) Integer limit) {

    public record Identifier(
            @NotNull(message = "must be one of BIC, IBAN, IMO, REGISTRATION, TAX, PASSPORT, NATIONAL_ID, OTHER") IdentifierKind kind,
            @NotBlank @Size(max = 64) String value) {
    }

    @JsonIgnore
    @AssertTrue(message = "give a name, an identifier or a wallet")
    public boolean isIdentified() {
        return (name != null && !name.isBlank()) || (identifiers != null && !identifiers.isEmpty())
                || (wallet != null && !wallet.isBlank());
    }

    public ScreeningQuery toQuery() {
        SubjectType subject = type == null ? null : switch (type.toUpperCase(Locale.ROOT)) {
            case "INDIVIDUAL" -> SubjectType.INDIVIDUAL;
            case "VESSEL" -> SubjectType.VESSEL;
            case "AIRCRAFT" -> SubjectType.AIRCRAFT;
            default -> SubjectType.ENTITY;
        };
        List<QueryIdentifier> ids = identifiers == null ? List.of()
                : identifiers.stream().map(i -> new QueryIdentifier(i.kind(), i.value())).toList();
        return new ScreeningQuery(name, subject, country, dateOfBirth, ids, wallet, partyId);
    }
}
