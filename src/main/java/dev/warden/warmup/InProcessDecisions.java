package dev.warden.warmup;

import java.io.IOException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionService;
import dev.warden.engine.DecisionRequest;

/**
 * Synthetic decision requests run inside the service, where the loopback HTTP path cannot be used: parsed by the
 * service's Jackson mapper, validated as the endpoint validates, and decided through {@link DecisionService#simulate},
 * which records nothing. Warms all of the decision path but the HTTP stack.
 */
final class InProcessDecisions {
    private final DecisionService decisions;
    private final ObjectMapper json;
    private final Validator validator;

    InProcessDecisions(DecisionService decisions, ObjectMapper json, Validator validator) {
        this.decisions = decisions;
        this.json = json;
        this.validator = validator;
    }

    /**
     * Decides one request given as JSON text and returns the answer's JSON; a request the endpoint would refuse is a
     * fault of the warm-up.
     */
    String rehearse(String body) throws IOException {
        DecisionRequest request = json.readValue(body, DecisionRequest.class);
        Set<ConstraintViolation<DecisionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<DecisionRequest> first = violations.iterator().next();
            throw new IllegalStateException(
                    "synthetic request invalid: " + first.getPropertyPath() + " " + first.getMessage());
        }
        return decisions.simulate(request);
    }
}
