package dev.warden.decision;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.engine.Outcome;

/**
 * A decision's JSON as the record stores it and as it is answered, with its findings and watch-list versions
 * serialised once: the record (persist time 0) and the answer (with it) differ only in their timings, and the
 * record's findings column holds the same findings. The bytes are those {@code ObjectMapper} writes for the
 * {@link DecisionResponse} itself (ResponseJsonTest holds the two to the same text).
 */
final class ResponseJson {
    private final ObjectMapper json;
    private final DecisionResponse response;
    private final String findings;
    private final String watchlists;

    ResponseJson(ObjectMapper json, DecisionResponse response, String watchlists) {
        this.json = json;
        this.response = response;
        this.findings = write(json, response.findings());
        this.watchlists = watchlists;
    }

    /** The findings as JSON. */
    String findings() {
        return findings;
    }

    /** The watch-list versions as JSON. */
    String watchlists() {
        return watchlists;
    }

    /** The whole response with these timings. */
    String withTimings(DecisionResponse.Timings timings) {
        DecisionResponse r = response;
        return write(json, new Body(r.decisionId(), r.transactionId(), r.outcome(), r.riskScore(), findings,
                r.ruleSetVersion(), watchlists, r.decidedAt(), r.recorded(), timings));
    }

    /** {@link DecisionResponse} with its findings and watch lists already written. */
    record Body(UUID decisionId, String transactionId, Outcome outcome, int riskScore, @JsonRawValue String findings,
            String ruleSetVersion, @JsonRawValue String watchlists, Instant decidedAt, boolean recorded,
            DecisionResponse.Timings timings) {
    }

    static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
