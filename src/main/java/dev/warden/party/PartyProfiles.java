package dev.warden.party;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.facts.KycProfile;
import dev.warden.facts.KycStatus;
import dev.warden.facts.PartyType;
import dev.warden.facts.RiskRating;

/**
 * Stores KYC profiles with every earlier version kept, and loads them for decisions: from the replica's
 * {@link ProfileCache}, the parties it does not hold in one query.
 */
@ApplicationScoped
public class PartyProfiles {
    private final EntityManager em;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final Event<PartyProfileChanged> changes;
    private final ProfileCache cache;

    public PartyProfiles(EntityManager em, ObjectMapper json, DataSource dataSource, Event<PartyProfileChanged> changes,
            ProfileCacheConfig cacheConfig) {
        this.em = em;
        this.json = json;
        this.dataSource = dataSource;
        this.changes = changes;
        this.cache = new ProfileCache(cacheConfig.maxEntries(), cacheConfig.staleness(), this::query);
    }

    /** Creates or replaces a profile; returns the stored entity with its new version. */
    @Transactional
    public PartyProfileEntity put(String partyId, PartyProfileRequest request) {
        PartyProfileEntity entity = PartyProfileEntity.findById(partyId);
        boolean created = entity == null;
        if (created) {
            entity = new PartyProfileEntity();
            entity.partyId = partyId;
            entity.version = 0;
        }
        entity.name = request.name();
        entity.type = request.type();
        entity.country = request.country();
        entity.kycStatus = request.kycStatus();
        entity.kycLevel = request.kycLevel();
        entity.verifiedAt = request.verifiedAt();
        entity.expiresAt = request.expiresAt();
        entity.riskRating = request.riskRating();
        entity.pep = Boolean.TRUE.equals(request.pep());
        entity.beneficialOwnersKnown = request.beneficialOwnersKnown();
        entity.incorporatedOn = request.incorporatedOn();
        entity.declaredMonthlyVolumeUsd = request.declaredMonthlyVolumeUsd();
        entity.accountOpenedOn = request.accountOpenedOn();
        entity.version++;
        entity.updatedAt = Instant.now();
        if (created) entity.persist();
        em.createNativeQuery("INSERT INTO party_profile_history (party_id, version, profile, changed_at)"
                + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
                .setParameter(1, partyId).setParameter(2, entity.version).setParameter(3, toJson(request))
                .setParameter(4, entity.updatedAt).executeUpdate();
        changes.fire(new PartyProfileChanged(partyId, entity.name, entity.type, entity.country, entity.version));
        return entity;
    }

    public Optional<PartyProfileEntity> find(String partyId) {
        return PartyProfileEntity.findByIdOptional(partyId);
    }

    /** Every version of a profile, oldest first, as pushed. */
    @SuppressWarnings("unchecked")
    public List<Object[]> history(String partyId) {
        return em.createNativeQuery("SELECT version, CAST(profile AS text), changed_at FROM party_profile_history"
                + " WHERE party_id = ?1 ORDER BY version").setParameter(1, partyId).getResultList();
    }

    /**
     * The profiles of the given parties, by partyId, as this replica last read them (a change through this replica
     * is seen at once, one through another within {@link ProfileCacheConfig#staleness()}); parties without a profile
     * are absent.
     */
    public Map<String, KycProfile> load(Collection<String> partyIds) {
        return cache.load(partyIds);
    }

    /** After the change committed: the next decision reads the profile as stored. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartyProfileChanged changed) {
        cache.changed(changed.partyId());
    }

    /** The parties this replica holds profiles (or their absence) of. */
    public long cachedParties() {
        return cache.size();
    }

    /**
     * The stored profiles of the given parties, in one query. Plain JDBC: through Hibernate (session, query, entity)
     * it cost more CPU than the history window.
     */
    private Map<String, KycProfile> query(Collection<String> partyIds) {
        Map<String, KycProfile> profiles = new HashMap<>();
        if (partyIds.isEmpty()) return profiles;
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(LOAD)) {
            query.setArray(1, c.createArrayOf("varchar", partyIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) profiles.put(rs.getString("party_id"), profile(rs));
            }
        } catch (SQLException e) {
            throw new ProfilesUnavailableException(e);
        }
        return profiles;
    }

    private static final String LOAD = """
            SELECT party_id, name, type, country, kyc_status, kyc_level, verified_at, expires_at, risk_rating,
                   incorporated_on, beneficial_owners_known, pep, declared_monthly_volume_usd, account_opened_on
              FROM party_profiles WHERE party_id = ANY (?)""";

    /** The same facts as {@link PartyProfileRequest#toFacts()} gives for the profile as it was stored. */
    private static KycProfile profile(ResultSet rs) throws SQLException {
        return new KycProfile(rs.getString("name"), enumOf(PartyType.class, rs.getString("type")),
                rs.getString("country"), enumOf(KycStatus.class, rs.getString("kyc_status")),
                rs.getObject("kyc_level", Integer.class), rs.getObject("verified_at", LocalDate.class),
                rs.getObject("expires_at", LocalDate.class), enumOf(RiskRating.class, rs.getString("risk_rating")),
                rs.getObject("incorporated_on", LocalDate.class), rs.getObject("beneficial_owners_known", Boolean.class),
                rs.getBoolean("pep"), rs.getBigDecimal("declared_monthly_volume_usd"),
                rs.getObject("account_opened_on", LocalDate.class));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The database did not answer the profile query. */
    public static class ProfilesUnavailableException extends RuntimeException {
        public ProfilesUnavailableException(SQLException cause) {
            super("KYC profile query failed: " + cause.getMessage(), cause);
        }
    }

    private String toJson(PartyProfileRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
