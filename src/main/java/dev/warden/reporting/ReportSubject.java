package dev.warden.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A person or organisation the report is about.
 *
 * <p>{@code partyId} is the party's id in Warden (the one transactions carry), so that a writer can tell which
 * transactions the subject sent or received; it is not written as an identifier. {@code fullName} is the legal
 * name of an entity, or an individual's name when it is not known split; {@code firstName}, {@code middleName} and
 * {@code lastName} are an individual's name split where known. {@code country} is where an individual lives or an
 * entity is incorporated (ISO 3166-1 alpha-2). {@code customer} says the subject is a customer of the filing
 * institution.
 */
public record ReportSubject(SubjectType type, String partyId, String fullName, String firstName, String middleName,
        String lastName, List<String> alternateNames, List<SubjectIdentifier> identifiers, LocalDate dateOfBirth,
        String country, PostalAddress address, List<ReportAccount> accounts, boolean customer) {

    public ReportSubject {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public static Builder individual(String partyId) {
        return new Builder(SubjectType.INDIVIDUAL, partyId);
    }

    public static Builder entity(String partyId) {
        return new Builder(SubjectType.ENTITY, partyId);
    }

    /** The name to show for the subject: the full name, else the split name joined. */
    public String displayName() {
        if (fullName != null && !fullName.isBlank()) {
            return fullName;
        }
        return String.join(" ", Stream.of(firstName, middleName, lastName)
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    public static final class Builder {
        private final SubjectType type;
        private final String partyId;
        private String fullName;
        private String firstName;
        private String middleName;
        private String lastName;
        private final List<String> alternateNames = new ArrayList<>();
        private final List<SubjectIdentifier> identifiers = new ArrayList<>();
        private LocalDate dateOfBirth;
        private String country;
        private PostalAddress address;
        private final List<ReportAccount> accounts = new ArrayList<>();
        private boolean customer;

        private Builder(SubjectType type, String partyId) {
            this.type = type;
            this.partyId = partyId;
        }

        public Builder fullName(String value) {
            this.fullName = value;
            return this;
        }

        /** An individual's name in parts; any part may be null. */
        public Builder name(String first, String middle, String last) {
            this.firstName = first;
            this.middleName = middle;
            this.lastName = last;
            return this;
        }

        public Builder alternateName(String value) {
            alternateNames.add(value);
            return this;
        }

        public Builder identifier(SubjectIdentifier value) {
            identifiers.add(value);
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        public Builder country(String value) {
            this.country = value;
            return this;
        }

        public Builder address(PostalAddress value) {
            this.address = value;
            return this;
        }

        public Builder account(ReportAccount value) {
            accounts.add(value);
            return this;
        }

        public Builder customer(boolean value) {
            this.customer = value;
            return this;
        }

        public ReportSubject build() {
            return new ReportSubject(type, partyId, fullName, firstName, middleName, lastName, alternateNames,
                    identifiers, dateOfBirth, country, address, accounts, customer);
        }
    }
}
