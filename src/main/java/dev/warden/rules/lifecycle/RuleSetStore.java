package dev.warden.rules.lifecycle;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps every activated rule set version in PostgreSQL with the content of its files, so any recorded decision
 * can be re-decided under the rules that made it, whatever the folder holds today.
 */
@ApplicationScoped
public class RuleSetStore {
    private static final String UPSERT = """
            INSERT INTO rule_set_versions (version, origin, files, rule_count, first_activated_at, last_activated_at)
            VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?)
            ON CONFLICT (version) DO UPDATE SET last_activated_at = EXCLUDED.last_activated_at""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public RuleSetStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A stored version as listed by {@code GET /v1/rules/versions}. */
    public record StoredVersion(String version, String origin, int ruleCount, Instant firstActivatedAt,
            Instant lastActivatedAt) {
    }

    public void save(CompiledRuleSet ruleSet) {
        Map<String, String> files = new LinkedHashMap<>();
        // Every file, scenarios and docs included: a stored version can be tested again as it was.
        ruleSet.sources().files().forEach(f -> files.put(f.path(), Base64.getEncoder().encodeToString(f.content())));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setString(1, ruleSet.version());
            upsert.setString(2, ruleSet.origin());
            upsert.setString(3, json.writeValueAsString(files));
            upsert.setInt(4, ruleSet.rules().size());
            upsert.setTimestamp(5, now);
            upsert.setTimestamp(6, now);
            upsert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store rule set " + ruleSet.version() + ": " + e.getMessage(), e);
        }
    }

    /** The files of a stored version, ready to compile again. */
    public Optional<RuleSources> load(String version) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT origin, files::text FROM rule_set_versions WHERE version = ?")) {
            query.setString(1, version);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Map<String, String> files = json.readValue(rs.getString(2), new TypeReference<Map<String, String>>() { });
                List<RuleFile> decoded = new ArrayList<>();
                files.forEach((path, content) -> decoded.add(new RuleFile(path, Base64.getDecoder().decode(content))));
                return Optional.of(new RuleSources("stored " + version + " (from " + rs.getString(1) + ")",
                        decoded.stream().sorted(java.util.Comparator.comparing(RuleFile::path)).toList()));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read rule set " + version + ": " + e.getMessage(), e);
        }
    }

    public List<StoredVersion> list() {
        List<StoredVersion> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT version, origin, rule_count, first_activated_at, last_activated_at FROM rule_set_versions"
                        + " ORDER BY last_activated_at DESC");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                versions.add(new StoredVersion(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list rule set versions: " + e.getMessage(), e);
        }
        return versions;
    }
}
