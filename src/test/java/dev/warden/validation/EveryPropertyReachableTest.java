package dev.warden.validation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bean Validation runs with {@link EveryPropertyReachable}, and what makes that safe stays true: no entity has a
 * constraint, an association or a collection, so no validation could load lazy state. Nested request bodies are
 * still validated through their {@code @Valid} properties.
 */
@QuarkusTest
class EveryPropertyReachableTest {
    @Inject
    ValidatorFactory validators;

    @Inject
    Validator validator;

    @Inject
    EntityManager entities;

    @Test
    void theValidatorFactoryUsesTheResolverThatReachesEveryProperty() {
        assertThat(validators.getTraversableResolver()).isInstanceOf(EveryPropertyReachable.class);
    }

    @Test
    void noEntityHasAConstraintOrLazyState() {
        var types = entities.getMetamodel().getEntities();
        assertThat(types).as("entities in the metamodel").isNotEmpty();
        for (EntityType<?> type : types) {
            assertThat(validator.getConstraintsForClass(type.getJavaType()).isBeanConstrained())
                    .as("%s has a constraint", type.getName()).isFalse();
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                assertThat(attribute.isAssociation() || attribute.isCollection())
                        .as("%s.%s is an association or a collection", type.getName(), attribute.getName()).isFalse();
            }
        }
    }

    @Test
    void aNestedBodyIsStillValidatedThroughItsValidProperties() {
        String body = Requests.wire(Requests.uniqueId("reach"), "2026-11-20T10:15:30Z", "100", "p-1", "acc-1", "acc-2")
                .replace("\"country\": \"KG\"", "\"country\": \"Kyrgyzstan\"");
        given().contentType("application/json").body(body).post("/v1/decisions/simulate")
                .then().statusCode(400).body("errors.field", hasItem("originator.country"));
    }
}
