package dev.warden.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.WatchListStatus;

/** Which watch lists are serving, in which versions, and how their last loads went. */
@Path("/v1/watchlists")
@Tag(name = "Watch lists")
@Produces(MediaType.APPLICATION_JSON)
public class WatchlistResource {
    private final WatchListRegistry registry;

    public WatchlistResource(WatchListRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "The configured lists: version, entry count, last refresh and its error if it failed")
    public Map<String, Object> get() {
        return body(registry.statuses());
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Reload every list now; a list that fails keeps its previous version")
    public Map<String, Object> refresh() {
        return body(registry.refresh());
    }

    private Map<String, Object> body(List<WatchListStatus> statuses) {
        ScreeningIndex index = registry.index();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lists", statuses.stream().map(s -> {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("name", s.name());
            list.put("state", s.state());
            list.put("version", s.version());
            list.put("entries", s.entries());
            list.put("source", s.location());
            list.put("loadedAt", s.loadedAt());
            list.put("lastAttemptAt", s.lastAttemptAt());
            list.put("lastError", s.lastError());
            return list;
        }).toList());
        body.put("lastRefresh", registry.lastRefresh());
        body.put("nameThreshold", index.threshold());
        body.put("clearancesInForce", index.clearances().size());
        return body;
    }
}
