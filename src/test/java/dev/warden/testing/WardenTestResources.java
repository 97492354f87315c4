package dev.warden.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest in the suite. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class WardenTestResources {
}
