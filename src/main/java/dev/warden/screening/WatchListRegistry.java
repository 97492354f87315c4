package dev.warden.screening;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import dev.warden.screening.load.ListLoader;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the configured watch lists ({@code warden.watchlists.sources}, NAME=LOCATION pairs) and holds the
 * screening index built from them. The index is replaced as a whole, so a request screens against one
 * consistent set of list versions.
 */
@ApplicationScoped
public class WatchListRegistry {
    private static final Logger LOG = Logger.getLogger(WatchListRegistry.class);

    private final AtomicReference<ScreeningIndex> index = new AtomicReference<>(ScreeningIndex.empty());
    private final WardenConfig config;

    public WatchListRegistry(WardenConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<WatchList> lists = new ArrayList<>();
        for (Map.Entry<String, String> source : parseSources(config.watchlists().sources()).entrySet()) {
            try {
                lists.add(load(source.getKey(), source.getValue()));
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Watch list %s from %s not loaded: %s", source.getKey(), source.getValue(), e.getMessage());
            }
        }
        index.set(new ScreeningIndex(lists));
        lists.forEach(l -> LOG.infof("Watch list %s version %s: %d entries", l.name(), l.version(), l.entries().size()));
    }

    public ScreeningIndex index() {
        return index.get();
    }

    static Map<String, String> parseSources(String spec) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("warden.watchlists.sources: '" + pair + "' is not NAME=LOCATION");
            sources.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return sources;
    }

    WatchList load(String name, String location) throws IOException {
        return new ListLoader().load(name, location);
    }
}
