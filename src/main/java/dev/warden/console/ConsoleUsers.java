package dev.warden.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The people configured under {@code warden.console.users}, checked at start-up: each has a bcrypt hash and only
 * roles the API knows. A password is checked against its hash; a user name that is not configured is checked
 * against a hash of nothing, so the answer takes as long either way and does not tell which names exist.
 */
@ApplicationScoped
public class ConsoleUsers {
    /** The roles of the API that a person may hold; decide and onboarding belong to systems, not people. */
    static final Set<String> ROLES = Set.of("officer", "supervisor", "admin");
    private static final String NOBODY = BcryptUtil.bcryptHash("no user has this password");

    /** A configured person and what they may do. */
    public record Person(String name, Set<String> roles) {
    }

    private final Map<String, Person> people = new TreeMap<>();
    private final Map<String, String> hashes = new TreeMap<>();

    public ConsoleUsers(ConsoleConfig config) {
        config.users().forEach((name, user) -> {
            String hash = user.passwordHash().strip();
            if (!hash.matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}")) {
                throw new IllegalArgumentException("warden.console.users." + name
                        + ".password-hash: not a bcrypt hash ($2a$10$ and 53 characters)");
            }
            List<String> roles = user.roles().orElse(List.of());
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    throw new IllegalArgumentException("warden.console.users." + name + ".roles: unknown role '" + role
                            + "'; a person's roles are " + new TreeSet<>(ROLES));
                }
            }
            people.put(name, new Person(name, Set.copyOf(roles)));
            hashes.put(name, hash);
        });
    }

    /** The person, if the name is configured and the password matches its hash. */
    public Optional<Person> signIn(String name, char[] password) {
        String hash = hashes.get(name);
        boolean matches = BcryptUtil.matches(new String(password), hash == null ? NOBODY : hash);
        return matches && hash != null ? Optional.of(people.get(name)) : Optional.empty();
    }

    /** The person a session cookie names, as configured now: removing a user ends their sessions. */
    public Optional<Person> find(String name) {
        return Optional.ofNullable(people.get(name));
    }
}
