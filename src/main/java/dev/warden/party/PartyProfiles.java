package dev.warden.party;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.facts.KycProfile;

/** Stores KYC profiles with every earlier version kept, and loads them for decisions in one query. */
@ApplicationScoped
public class PartyProfiles {
    private final EntityManager em;
    private final ObjectMapper json;

    public PartyProfiles(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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

    /** The profiles of the given parties, by partyId, in one query; parties without a profile are absent. */
    public Map<String, KycProfile> load(Collection<String> partyIds) {
        Map<String, KycProfile> profiles = new HashMap<>();
        if (partyIds.isEmpty()) return profiles;
        List<PartyProfileEntity> found = PartyProfileEntity.list("partyId in ?1", partyIds);
        found.forEach(p -> profiles.put(p.partyId, p.toFacts()));
        return profiles;
    }

    private String toJson(PartyProfileRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
