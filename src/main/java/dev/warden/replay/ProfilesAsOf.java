package dev.warden.replay;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.facts.KycProfile;
import dev.warden.party.PartyProfileRequest;

/**
 * KYC profiles as they stood at an instant: for each party the latest version in party_profile_history changed
 * at or before it. A profile pushed after a decision (an expiry, a downgrade) must not change its replay.
 */
@ApplicationScoped
public class ProfilesAsOf {
    private static final String SQL = """
            SELECT DISTINCT ON (party_id) party_id, profile::text
              FROM party_profile_history
             WHERE party_id = ANY (?) AND changed_at <= ?
             ORDER BY party_id, version DESC""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public ProfilesAsOf(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Map<String, KycProfile> load(Collection<String> partyIds, Instant asOf) {
        Map<String, KycProfile> profiles = new HashMap<>();
        if (partyIds.isEmpty()) return profiles;
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(SQL)) {
            Array ids = c.createArrayOf("varchar", partyIds.toArray());
            query.setArray(1, ids);
            query.setTimestamp(2, Timestamp.from(asOf));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    profiles.put(rs.getString(1), json.readValue(rs.getString(2), PartyProfileRequest.class).toFacts());
                }
            }
            return profiles;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read profiles as of " + asOf + ": " + e.getMessage(), e);
        }
    }
}
