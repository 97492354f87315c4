package dev.warden.console.screening;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.WatchListStatus;
import dev.warden.screening.rescreen.RescreenRun;
import dev.warden.screening.rescreen.Rescreening;

/** The console's watch-list page: each list's version, entries, state and loads, and the re-screening runs. */
@Path("/console/lists")
@Produces(MediaType.TEXT_HTML)
public class ListsPage {
    private final WatchListRegistry registry;
    private final Rescreening rescreening;

    public ListsPage(WatchListRegistry registry, Rescreening rescreening) {
        this.registry = registry;
        this.rescreening = rescreening;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance lists(List<WatchListStatus> lists, Instant lastRefresh, double nameThreshold,
                int clearancesInForce, List<RescreenRun> runs);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        ScreeningIndex index = registry.index();
        return Templates.lists(registry.statuses(), registry.lastRefresh(), index.threshold(),
                index.clearances().size(), rescreening.runs());
    }
}
