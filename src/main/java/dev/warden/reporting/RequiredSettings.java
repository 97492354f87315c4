package dev.warden.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads settings a report needs, collecting a {@link ReportProblem} named by its full key for each one missing,
 * so that one refusal lists them all.
 */
public final class RequiredSettings {
    private static final Set<String> COUNTRIES_WITH_STATES = Set.of("US", "CA", "MX");

    private final List<ReportProblem> problems = new ArrayList<>();

    public String text(String key, Optional<String> value) {
        Optional<String> present = value.map(String::strip).filter(text -> !text.isEmpty());
        if (present.isEmpty()) {
            missing(key);
        }
        return present.orElse(null);
    }

    public <T> T value(String key, Optional<T> value) {
        if (value.isEmpty()) {
            missing(key);
        }
        return value.orElse(null);
    }

    public String optional(Optional<String> value) {
        return value.map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
    }

    /** Street, city and country always; state and postal code where the country has states. */
    public PostalAddress address(String key, ReportingConfig.AddressSettings address) {
        String street = text(key + ".street", address.street());
        String city = text(key + ".city", address.city());
        String country = text(key + ".country", address.country());
        boolean statesRequired = country != null && COUNTRIES_WITH_STATES.contains(country);
        String state = statesRequired ? text(key + ".state", address.state()) : optional(address.state());
        String postalCode = statesRequired ? text(key + ".postal-code", address.postalCode())
                : optional(address.postalCode());
        return new PostalAddress(street, city, state, postalCode, country);
    }

    public void problem(String key, String reason) {
        problems.add(new ReportProblem(key, reason));
    }

    public List<ReportProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws {@link ReportRefusedException} naming every key missing so far, if any. */
    public void requireAll() {
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
    }

    private void missing(String key) {
        problem(key, "is not set");
    }
}
