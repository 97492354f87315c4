package dev.warden.rules.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a rule set serves. A failed reload does not make the pod unready: the last good set keeps serving,
 * and the failure shows here as detail.
 */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
    private final ActiveRuleSet rules;

    public RuleSetReadiness(ActiveRuleSet rules) {
        this.rules = rules;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("rule-set");
        rules.current().ifPresentOrElse(set -> builder.up().withData("version", set.version())
                .withData("rules", set.rules().size()), builder::down);
        rules.lastAttempt().filter(a -> !a.succeeded()).ifPresent(a -> builder
                .withData("lastReloadFailedAt", a.at().toString())
                .withData("lastReloadErrors", a.errors().size()));
        return builder.build();
    }
}
