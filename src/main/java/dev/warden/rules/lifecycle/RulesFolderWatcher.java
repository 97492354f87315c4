package dev.warden.rules.lifecycle;

import dev.warden.rules.RuleSources;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import dev.warden.schedule.PeriodicTasks;
import io.quarkus.runtime.StartupEvent;

/**
 * Watches the rules folder by hashing its content every few seconds and reloads in the background when the hash
 * changes. Hashing instead of file events is deliberate: a Kubernetes ConfigMap volume changes by swapping a
 * symlink ({@code ..data}) above the files, which per-file watches miss, and a hash never reloads a folder whose
 * bytes did not change.
 */
@ApplicationScoped
public class RulesFolderWatcher {
    private static final Logger LOG = Logger.getLogger(RulesFolderWatcher.class);

    private final ActiveRuleSet rules;
    private final WardenConfig config;

    public RulesFolderWatcher(ActiveRuleSet rules, WardenConfig config) {
        this.rules = rules;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event, PeriodicTasks periodic) {
        if (config.rules().watchInterval().toMillis() <= 0) {
            LOG.info("Rules folder watching is off (warden.rules.watch-interval=0)");
            return;
        }
        periodic.every("rules-folder-watcher", config.rules().watchInterval(), this::check);
    }

    private void check() {
        try {
            String onDisk = RuleSources.readFolder(Path.of(config.rules().dir())).version();
            boolean changed = rules.current().map(set -> !set.version().equals(onDisk)).orElse(true);
            if (changed) rules.reload();
        } catch (RuntimeException e) {
            LOG.debugf("rules folder not readable right now: %s", e.getMessage());
        }
    }
}
