package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;

/**
 * The Dockerfile read without building it (there is no Docker engine here): a pinned base image, a non-root
 * numeric user, the rules at WARDEN_RULES_DIR, and the same user, rules path and port as the Kubernetes pods.
 * DockerfileIT checks the COPY sources once the app is packaged.
 */
class DockerfileTest {
    static final Dockerfile DOCKERFILE = Dockerfile.read(Repo.ROOT.resolve("Dockerfile"));
    static final DockerIgnore IGNORE = DockerIgnore.read(Repo.ROOT.resolve(".dockerignore"));

    @Test
    void theBaseImageIsPinnedToAVersion() {
        List<String> from = DOCKERFILE.all("FROM");
        assertEquals(1, from.size(), "one stage: the app is built by ./mvnw package before docker build");
        String image = Dockerfile.words(from.get(0)).get(0);
        assertTrue(image.contains("@sha256:") || image.matches(".*:[^/:]+$") && !image.endsWith(":latest"),
                "base image " + image + " has no version tag or digest");
    }

    @Test
    void theAppRunsAsANumericNonRootUserAndThePodsRunAsTheSameUser() {
        String user = DOCKERFILE.last("USER").orElseThrow(() -> new AssertionError("no USER: the app would run as root"));
        assertTrue(user.matches("[0-9]+(:[0-9]+)?"), "USER " + user + " must be numeric, so that runAsNonRoot can verify it");
        long uid = Long.parseLong(user.split(":")[0]);
        assertTrue(uid != 0, "USER is root");
        for (Rendering r : Rendering.all()) {
            Long podUser = r.warden().getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            assertTrue(podUser == null || podUser == uid, r + ": runAsUser " + podUser + " is not the image's USER " + uid);
        }
    }

    @Test
    void theRulesAreCopiedToWardenRulesDirWhichThePodsMountTheirRulesAt() {
        String rulesDir = DOCKERFILE.env().get("WARDEN_RULES_DIR");
        assertTrue(rulesDir != null && rulesDir.startsWith("/"), "ENV WARDEN_RULES_DIR is not an absolute path: " + rulesDir);
        assertTrue(DOCKERFILE.copies().stream().anyMatch(c -> c.sources().stream().anyMatch(s -> trim(s).equals("rules"))
                        && trim(c.destination()).equals(trim(rulesDir))),
                "no COPY rules/ " + rulesDir + "/");
        for (Rendering r : Rendering.all()) {
            Container c = r.wardenContainer();
            assertEquals(rulesDir, ManifestPolicyTest.env(c, "WARDEN_RULES_DIR").orElse(null), r + ": WARDEN_RULES_DIR");
            assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals(rulesDir)),
                    r + ": the rules are not mounted over the image's " + rulesDir);
        }
    }

    @Test
    void theExposedPortsAreThePortsThePodsServeAndProbe() {
        Map<String, String> env = DOCKERFILE.env();
        String api = env.getOrDefault("QUARKUS_HTTP_PORT", "8080");
        String management = env.getOrDefault("QUARKUS_MANAGEMENT_PORT",
                ManifestPolicyTest.property("quarkus.management.port").orElse("9000"));
        for (String port : List.of(api, management)) {
            assertTrue(DOCKERFILE.all("EXPOSE").stream().anyMatch(e -> Dockerfile.words(e).contains(port) || Dockerfile.words(e).contains(port + "/tcp")),
                    "EXPOSE " + port + " missing");
            for (Rendering r : Rendering.all()) {
                assertTrue(ManifestPolicyTest.ports(r.wardenContainer()).stream().anyMatch(p -> String.valueOf(p.getContainerPort()).equals(port)),
                        r + ": the warden container does not declare port " + port);
            }
        }
        for (Rendering r : Rendering.all()) {
            assertEquals(management, String.valueOf(ManifestPolicyTest.managementPort(r.wardenContainer())),
                    r + ": the pods' management port is not the image's");
        }
        assertFalse(DOCKERFILE.all("ENTRYPOINT").isEmpty() && DOCKERFILE.all("CMD").isEmpty(), "no ENTRYPOINT or CMD");
    }

    @Test
    void dockerignoreKeepsTheAppAndTheRulesAndLeavesTheRestOut() {
        for (String kept : List.of("target/quarkus-app/quarkus-run.jar", "target/quarkus-app/lib/main/x.jar",
                "target/quarkus-app/app/warden.jar", "target/quarkus-app/quarkus/quarkus-application.dat")) {
            assertFalse(IGNORE.excludes(kept), kept + " is left out of the build context");
        }
        for (String rule : Repo.rulesFiles().keySet()) {
            assertFalse(IGNORE.excludes("rules/" + rule), "rules/" + rule + " is left out of the build context");
        }
        for (String noise : List.of("data/embedded-postgres/pgdata/PG_VERSION", "target/classes/x.class",
                "target/surefire-reports/x.txt", "src/main/java/X.java", ".git/HEAD", "k8s/base/deployment.yaml",
                "rules/" + Repo.RULES_KUSTOMIZATION)) {
            assertTrue(IGNORE.excludes(noise), noise + " is sent to the Docker daemon with the build context");
        }
    }

    private static String trim(String path) {
        return path.replaceAll("^\\./", "").replaceAll("/+$", "");
    }
}
