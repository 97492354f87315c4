package dev.warden.deploy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Each overlay as it would be applied: every container is probed, bounded and locked down; the Warden Deployment
 * shuts down gracefully and takes its database from a ConfigMap and a Secret; every reference resolves; the HPA,
 * PDB, NetworkPolicy and Service select the Warden pods; dev brings its PostgreSQL, prod points outside.
 */
class ManifestPolicyTest {
    /** Secrets that prod expects to exist in the cluster, made outside git (see k8s/overlays/prod). */
    static final Set<String> EXTERNAL_SECRETS = Set.of("warden-db-credentials", "warden-api-keys");
    static final String SOURCE = "dev.warden.deploy.Rendering#all";

    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void everyContainerHasProbesResourcesAndARestrictedSecurityContext(Rendering r) {
        Problems problems = new Problems(r);
        problems.check(!r.workloads().isEmpty(), "no workload");
        for (Rendering.Workload w : r.workloads()) {
            PodSpec pod = w.template().getSpec();
            problems.check(Boolean.FALSE.equals(pod.getAutomountServiceAccountToken()),
                    w.name() + ": automountServiceAccountToken must be false (no pod here calls the Kubernetes API)");
            for (Container c : pod.getContainers()) checkContainer(problems, w.name() + "/" + c.getName(), w, c, true);
            for (Container c : Objects.requireNonNullElse(pod.getInitContainers(), List.<Container>of())) {
                checkContainer(problems, w.name() + "/init " + c.getName(), w, c, false);
            }
        }
        problems.assertNone();
    }

    static void checkContainer(Problems p, String where, Rendering.Workload w, Container c, boolean probed) {
        PodSpec pod = w.template().getSpec();
        if (probed) {
            checkProbe(p, where + " readinessProbe", c.getReadinessProbe(), c);
            checkProbe(p, where + " livenessProbe", c.getLivenessProbe(), c);
        }
        var resources = c.getResources();
        for (String kind : List.of("requests", "limits")) {
            Map<String, Quantity> amounts = resources == null ? null
                    : kind.equals("requests") ? resources.getRequests() : resources.getLimits();
            for (String resource : List.of("cpu", "memory")) {
                p.check(amounts != null && amounts.containsKey(resource), where + ": no resources." + kind + "." + resource);
            }
        }
        if (resources != null && resources.getRequests() != null && resources.getLimits() != null) {
            resources.getRequests().forEach((name, request) -> {
                Quantity limit = resources.getLimits().get(name);
                p.check(limit == null || request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                        where + ": " + name + " request " + request + " is above its limit " + limit);
            });
        }
        SecurityContext sc = Optional.ofNullable(c.getSecurityContext()).orElseGet(SecurityContext::new);
        PodSecurityContext psc = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
        p.check(Boolean.TRUE.equals(first(sc.getRunAsNonRoot(), psc.getRunAsNonRoot())), where + ": runAsNonRoot is not true");
        Long uid = first(sc.getRunAsUser(), psc.getRunAsUser());
        p.check(uid == null || uid != 0, where + ": runAsUser is 0");
        p.check(Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem()), where + ": readOnlyRootFilesystem is not true");
        p.check(Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation()), where + ": allowPrivilegeEscalation is not false");
        p.check(!Boolean.TRUE.equals(sc.getPrivileged()), where + ": privileged");
        Capabilities caps = sc.getCapabilities();
        p.check(caps != null && caps.getDrop() != null && caps.getDrop().contains("ALL"), where + ": capabilities do not drop ALL");
        p.check(caps == null || caps.getAdd() == null || caps.getAdd().isEmpty(), where + ": capabilities added");
        String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                : psc.getSeccompProfile() != null ? psc.getSeccompProfile().getType() : null;
        p.check("RuntimeDefault".equals(seccomp), where + ": seccompProfile is " + seccomp + ", not RuntimeDefault");

        List<VolumeMount> mounts = Objects.requireNonNullElse(c.getVolumeMounts(), List.of());
        for (VolumeMount m : mounts) {
            p.check(volume(pod, m.getName()).isPresent() || w.claims().contains(m.getName()),
                    where + ": volumeMount " + m.getName() + " names no volume");
        }
        p.check(mounts.stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && volume(pod, m.getName()).map(v -> v.getEmptyDir() != null).orElse(false)),
                where + ": the root filesystem is read-only, so /tmp needs an emptyDir");
        for (EnvVar env : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
            boolean secretish = env.getName().toUpperCase(Locale.ROOT).matches(".*(PASSWORD|SECRET|TOKEN).*");
            p.check(!secretish || (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null),
                    where + ": " + env.getName() + " must come from a Secret (secretKeyRef), not a value");
        }
    }

    private static void checkProbe(Problems p, String where, Probe probe, Container c) {
        if (!p.check(probe != null, where + " missing")) return;
        boolean handler = probe.getHttpGet() != null || probe.getExec() != null || probe.getTcpSocket() != null
                || probe.getGrpc() != null;
        p.check(handler, where + " has no handler");
        if (probe.getHttpGet() != null && probe.getHttpGet().getPort().getStrVal() != null) {
            String port = probe.getHttpGet().getPort().getStrVal();
            p.check(ports(c).stream().anyMatch(cp -> port.equals(cp.getName())), where + " names port " + port + ", which the container lacks");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void wardenProbesItsHealthEndpointsAndShutsDownGracefully(Rendering r) {
        Problems p = new Problems(r);
        Container c = r.wardenContainer();
        p.check(path(c.getReadinessProbe()).equals("/q/health/ready"), "readiness probe is not GET /q/health/ready");
        p.check(path(c.getLivenessProbe()).equals("/q/health/live"), "liveness probe is not GET /q/health/live");
        p.check(c.getStartupProbe() == null || path(c.getStartupProbe()).equals("/q/health/started"),
                "startup probe is not GET /q/health/started");
        p.check(ports(c).stream().anyMatch(port -> port.getContainerPort() == 8080),
                "no container port 8080 (QUARKUS_HTTP_PORT)");

        var preStop = c.getLifecycle() == null ? null : c.getLifecycle().getPreStop();
        long sleep = preStop == null ? 0
                : preStop.getSleep() != null ? preStop.getSleep().getSeconds()
                : preStop.getExec() != null && preStop.getExec().getCommand().size() == 2
                        && preStop.getExec().getCommand().get(0).equals("sleep")
                        ? Long.parseLong(preStop.getExec().getCommand().get(1)) : 0;
        p.check(sleep > 0, "no preStop sleep: the pod would get SIGTERM while load balancers still send to it");
        Optional<Duration> shutdown = env(c, "QUARKUS_SHUTDOWN_TIMEOUT").or(() -> property("quarkus.shutdown.timeout"))
                .map(ManifestPolicyTest::duration);
        p.check(shutdown.isPresent(), "neither QUARKUS_SHUTDOWN_TIMEOUT on the container nor quarkus.shutdown.timeout in"
                + " application.properties: Quarkus would drop requests in flight on SIGTERM");
        Long grace = r.warden().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        long needed = sleep + shutdown.orElse(Duration.ZERO).toSeconds() + 5;
        p.check(grace != null && grace >= needed, "terminationGracePeriodSeconds " + grace + " < preStop " + sleep
                + " s + shutdown timeout " + shutdown.map(Duration::toSeconds).orElse(0L) + " s + 5 s margin");
        p.assertNone();
    }

    /**
     * Health and metrics (per-rule hit counts) are on the management interface: the probes and the Prometheus
     * annotations use its port, clients do not get it through the Service, and the NetworkPolicy admits it only
     * apart from the API port's clients.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void wardenIsProbedAndScrapedOnTheManagementPortOnly(Rendering r) {
        Problems p = new Problems(r);
        Container c = r.wardenContainer();
        int management = managementPort(c);
        p.check(management != 8080, "the management port is the API port 8080");
        p.check(ports(c).stream().anyMatch(port -> port.getContainerPort() == management),
                "no container port " + management + " (QUARKUS_MANAGEMENT_PORT)");
        for (var probe : Map.of("startupProbe", Optional.ofNullable(c.getStartupProbe()),
                "readinessProbe", Optional.ofNullable(c.getReadinessProbe()),
                "livenessProbe", Optional.ofNullable(c.getLivenessProbe())).entrySet()) {
            probe.getValue().ifPresent(pr -> p.check(Objects.equals(probedPort(c, pr), management),
                    probe.getKey() + " probes port " + probedPort(c, pr) + ", not the management port " + management));
        }
        Map<String, String> annotations = Objects.requireNonNullElse(
                r.warden().getSpec().getTemplate().getMetadata().getAnnotations(), Map.of());
        p.check(String.valueOf(management).equals(annotations.get("prometheus.io/port")),
                "prometheus.io/port is " + annotations.get("prometheus.io/port") + ", not the management port " + management);
        p.check("/q/metrics".equals(annotations.get("prometheus.io/path")), "prometheus.io/path is not /q/metrics");
        for (ServicePort sp : r.get(Service.class, "warden").getSpec().getPorts()) {
            Integer target = sp.getTargetPort().getStrVal() == null ? sp.getTargetPort().getIntVal()
                    : ports(c).stream().filter(cp -> sp.getTargetPort().getStrVal().equals(cp.getName()))
                            .map(ContainerPort::getContainerPort).findFirst().orElse(null);
            p.check(!Objects.equals(target, management), "Service port " + sp.getName() + " exposes the management port to clients");
        }
        NetworkPolicy np = r.get(NetworkPolicy.class, "warden");
        for (var rule : np.getSpec().getIngress()) {
            boolean admitsManagement = rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream()
                    .anyMatch(port -> Objects.equals(port.getPort().getIntVal(), management) || "management".equals(port.getPort().getStrVal()));
            boolean admitsApi = rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream()
                    .anyMatch(port -> Objects.equals(port.getPort().getIntVal(), 8080) || "http".equals(port.getPort().getStrVal()));
            p.check(!(admitsManagement && admitsApi), "a NetworkPolicy ingress rule admits the API's clients to the management port");
        }
        p.check(np.getSpec().getIngress().stream().flatMap(rule -> rule.getPorts().stream())
                .anyMatch(port -> Objects.equals(port.getPort().getIntVal(), management)),
                "NetworkPolicy warden lets nothing in on the management port: Prometheus could not scrape");
        p.assertNone();
    }

    /** The management port the container serves: QUARKUS_MANAGEMENT_PORT, else quarkus.management.port, else 9000. */
    static int managementPort(Container c) {
        return Integer.parseInt(env(c, "QUARKUS_MANAGEMENT_PORT").or(() -> property("quarkus.management.port")).orElse("9000"));
    }

    private static Integer probedPort(Container c, Probe probe) {
        if (probe.getHttpGet() == null) return null;
        var port = probe.getHttpGet().getPort();
        if (port.getStrVal() == null) return port.getIntVal();
        return ports(c).stream().filter(cp -> port.getStrVal().equals(cp.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void wardenTakesItsDatabaseFromAConfigMapAndASecret(Rendering r) {
        Problems p = new Problems(r);
        Container c = r.wardenContainer();
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            EnvVar env = c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
            if (!p.check(env != null, name + " is not set: Warden would start an embedded PostgreSQL in the pod")) continue;
            p.check(env.getValueFrom() != null && (env.getValueFrom().getSecretKeyRef() != null
                    || !name.endsWith("PASSWORD") && env.getValueFrom().getConfigMapKeyRef() != null),
                    name + " must come from " + (name.endsWith("PASSWORD") ? "a Secret" : "a ConfigMap or a Secret"));
        }
        Optional<String> url = jdbcUrl(r);
        p.check(url.isPresent(), "the JDBC URL is not in a rendered ConfigMap");
        Optional<String> host = url.map(u -> URI.create(u.substring("jdbc:".length())).getHost());
        boolean inCluster = host.map(h -> r.find(Service.class, h).isPresent()).orElse(false);
        if (r.overlay().equals("dev")) {
            p.check(!r.all(StatefulSet.class).isEmpty(), "dev has no PostgreSQL StatefulSet");
            p.check(inCluster, "dev's JDBC URL host " + host.orElse("?") + " is not the PostgreSQL Service of the overlay");
            r.all(StatefulSet.class).forEach(s -> p.check(r.find(Service.class, s.getSpec().getServiceName()).isPresent(),
                    "StatefulSet " + s.getMetadata().getName() + " names Service " + s.getSpec().getServiceName() + ", which is not there"));
        }
        if (r.overlay().equals("prod")) {
            p.check(r.all(StatefulSet.class).isEmpty(), "prod runs a StatefulSet; its database is external");
            p.check(!inCluster, "prod's JDBC URL points at a Service of the overlay; its database is external");
        }
        p.assertNone();
    }

    private static Optional<String> jdbcUrl(Rendering r) {
        return r.wardenContainer().getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_JDBC_URL") && e.getValueFrom() != null
                        && e.getValueFrom().getConfigMapKeyRef() != null)
                .findFirst()
                .flatMap(e -> r.find(ConfigMap.class, e.getValueFrom().getConfigMapKeyRef().getName())
                        .map(cm -> cm.getData().get(e.getValueFrom().getConfigMapKeyRef().getKey())));
    }

    /** Every ConfigMap and Secret that a pod names exists with the key it names (prod's credentials excepted). */
    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void everyConfigMapAndSecretReferenceResolves(Rendering r) {
        Problems p = new Problems(r);
        for (Rendering.Workload w : r.workloads()) {
            PodSpec pod = w.template().getSpec();
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(Objects.requireNonNullElse(pod.getInitContainers(), List.of()));
            for (Container c : containers) {
                for (EnvVar env : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                    if (env.getValueFrom() == null) continue;
                    var cmRef = env.getValueFrom().getConfigMapKeyRef();
                    var secretRef = env.getValueFrom().getSecretKeyRef();
                    String where = w.name() + "/" + c.getName() + " env " + env.getName();
                    if (cmRef != null) checkKey(p, where, r.find(ConfigMap.class, cmRef.getName()).map(cm -> keys(cm)), "ConfigMap", cmRef.getName(), cmRef.getKey());
                    if (secretRef != null) checkKey(p, where, r.find(Secret.class, secretRef.getName()).map(s -> keys(s)), "Secret", secretRef.getName(), secretRef.getKey());
                }
            }
            for (Volume v : Objects.requireNonNullElse(pod.getVolumes(), List.<Volume>of())) {
                String where = w.name() + " volume " + v.getName();
                if (v.getConfigMap() != null) checkKey(p, where, r.find(ConfigMap.class, v.getConfigMap().getName()).map(cm -> keys(cm)), "ConfigMap", v.getConfigMap().getName(), null);
                if (v.getSecret() != null) checkKey(p, where, r.find(Secret.class, v.getSecret().getSecretName()).map(s -> keys(s)), "Secret", v.getSecret().getSecretName(), null);
                if (v.getProjected() != null) {
                    v.getProjected().getSources().stream().filter(s -> s.getConfigMap() != null).forEach(s -> {
                        Optional<Set<String>> keys = r.find(ConfigMap.class, s.getConfigMap().getName()).map(cm -> keys(cm));
                        checkKey(p, where, keys, "ConfigMap", s.getConfigMap().getName(), null);
                        Objects.requireNonNullElse(s.getConfigMap().getItems(), List.<io.fabric8.kubernetes.api.model.KeyToPath>of())
                                .forEach(item -> checkKey(p, where, keys, "ConfigMap", s.getConfigMap().getName(), item.getKey()));
                    });
                }
            }
        }
        p.assertNone();
    }

    private static void checkKey(Problems p, String where, Optional<Set<String>> keys, String kind, String name, String key) {
        if (keys.isEmpty()) {
            p.check(kind.equals("Secret") && EXTERNAL_SECRETS.contains(name), where + ": " + kind + " " + name + " is not there");
        } else if (key != null) {
            p.check(keys.get().contains(key), where + ": " + kind + " " + name + " has no key " + key);
        }
    }

    static Set<String> keys(ConfigMap cm) {
        Set<String> keys = new java.util.TreeSet<>();
        if (cm.getData() != null) keys.addAll(cm.getData().keySet());
        if (cm.getBinaryData() != null) keys.addAll(cm.getBinaryData().keySet());
        return keys;
    }

    private static Set<String> keys(Secret s) {
        Set<String> keys = new java.util.TreeSet<>();
        if (s.getData() != null) keys.addAll(s.getData().keySet());
        if (s.getStringData() != null) keys.addAll(s.getStringData().keySet());
        return keys;
    }

    /** The Service, HPA, PDB and NetworkPolicy all act on the Warden pods, on the port they serve. */
    @ParameterizedTest(name = "{0}")
    @MethodSource(SOURCE)
    void serviceAutoscalerDisruptionBudgetAndNetworkPolicySelectTheWardenPods(Rendering r) {
        Problems p = new Problems(r);
        Deployment warden = r.warden();
        Map<String, String> podLabels = warden.getSpec().getTemplate().getMetadata().getLabels();
        Container c = r.wardenContainer();
        p.check(selects(warden.getSpec().getSelector(), podLabels), "the Deployment's selector does not select its own pods");

        Service service = r.get(Service.class, "warden");
        p.check(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "Service warden does not select the Warden pods");
        for (ServicePort sp : service.getSpec().getPorts()) {
            String target = sp.getTargetPort().getStrVal();
            p.check(target == null ? ports(c).stream().anyMatch(cp -> Objects.equals(cp.getContainerPort(), sp.getTargetPort().getIntVal()))
                    : ports(c).stream().anyMatch(cp -> target.equals(cp.getName())), "Service port " + sp.getName() + " targets no container port");
        }

        HorizontalPodAutoscaler hpa = r.get(HorizontalPodAutoscaler.class, "warden");
        var target = hpa.getSpec().getScaleTargetRef();
        p.check(target.getKind().equals("Deployment") && target.getName().equals("warden"), "the HPA does not scale Deployment warden");
        Integer min = hpa.getSpec().getMinReplicas();
        p.check(min != null && min >= 1 && min <= hpa.getSpec().getMaxReplicas(), "the HPA's replicas are not 1 <= min <= max");
        p.check(warden.getSpec().getReplicas() == null, "the Deployment sets replicas, which every apply would reset under the HPA");
        p.check(c.getResources().getRequests().containsKey("cpu"), "the HPA scales on CPU, which needs a CPU request");

        PodDisruptionBudget pdb = r.get(PodDisruptionBudget.class, "warden");
        p.check(selects(pdb.getSpec().getSelector(), podLabels), "the PodDisruptionBudget does not select the Warden pods");

        NetworkPolicy np = r.get(NetworkPolicy.class, "warden");
        p.check(selects(np.getSpec().getPodSelector(), podLabels), "NetworkPolicy warden does not select the Warden pods");
        p.check(np.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), "NetworkPolicy warden does not govern both directions");
        p.check(np.getSpec().getIngress().stream().flatMap(rule -> rule.getPorts().stream()).map(NetworkPolicyPort::getPort)
                .anyMatch(port -> Objects.equals(port.getIntVal(), 8080) || "http".equals(port.getStrVal())),
                "NetworkPolicy warden lets nothing in on the HTTP port");
        p.check(np.getSpec().getEgress().stream().flatMap(rule -> rule.getPorts().stream())
                .anyMatch(port -> Objects.equals(port.getPort().getIntVal(), 5432)), "NetworkPolicy warden does not let Warden reach PostgreSQL");
        p.assertNone();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) return false;
        return selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    static List<ContainerPort> ports(Container c) {
        return Objects.requireNonNullElse(c.getPorts(), List.of());
    }

    static Optional<String> env(Container c, String name) {
        return Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(name) && e.getValue() != null).map(EnvVar::getValue).findFirst();
    }

    /** A property's value for the prod profile, from application.properties. */
    static Optional<String> property(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Repo.ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty("%prod." + name, properties.getProperty(name)));
    }

    private static String path(Probe probe) {
        return Optional.ofNullable(probe).map(Probe::getHttpGet).map(HTTPGetAction::getPath).orElse("");
    }

    /** A Quarkus duration: 25s, 2m, 500ms or ISO-8601 (PT25S). */
    private static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        Map<String, Function<Long, Duration>> units = Map.of("ms", Duration::ofMillis, "s", Duration::ofSeconds,
                "m", Duration::ofMinutes, "h", Duration::ofHours);
        for (String unit : List.of("ms", "s", "m", "h")) {
            if (t.endsWith(unit)) return units.get(unit).apply(Long.parseLong(t.substring(0, t.length() - unit.length())));
        }
        return Duration.ofSeconds(Long.parseLong(t));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    private static Optional<Volume> volume(PodSpec pod, String name) {
        return Objects.requireNonNullElse(pod.getVolumes(), List.<Volume>of()).stream().filter(v -> v.getName().equals(name)).findFirst();
    }
}
