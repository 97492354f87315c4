package dev.warden.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.validation.InvalidFieldException;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.SearchHit;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.SearchRequest;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.clearance.ClearanceEntity;
import dev.warden.screening.clearance.ClearanceRequest;
import dev.warden.screening.clearance.ClearanceStore;

/** Screening on demand, and the clearances officers give to false-positive name hits. */
@Path("/v1/screening")
@Tag(name = "Screening")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {
    private static final int DEFAULT_LIMIT = 20;

    private final WatchListRegistry registry;
    private final ClearanceStore clearances;
    private final SecurityIdentity identity;

    public ScreeningResource(WatchListRegistry registry, ClearanceStore clearances, SecurityIdentity identity) {
        this.registry = registry;
        this.clearances = clearances;
        this.identity = identity;
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ranked watch-list hits for a name (with type, country, date of birth), identifiers or a wallet")
    public Map<String, Object> search(@NotNull(message = "the body must be a search") @Valid SearchRequest request) {
        ScreeningIndex index = registry.index();
        ScreeningQuery query = request.toQuery();
        double minScore = request.minScore() != null ? request.minScore() : index.threshold();
        int limit = request.limit() != null ? request.limit() : DEFAULT_LIMIT;
        List<SearchHit> hits = SearchHit.search(index, query, minScore, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hits", hits);
        body.put("minScore", minScore);
        body.put("watchlists", index.versions());
        return body;
    }

    @POST
    @Path("/clearances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clear a name hit as a false positive for one party and list entry; it no longer reaches the rules",
            description = "Who clears is the authenticated caller (clearedBy in the answer); a body that names clearedBy is refused.")
    public Response clear(@NotNull(message = "the body must be a clearance") @Valid ClearanceRequest request) {
        return Response.status(201).entity(clearances.clear(request, Callers.name(identity))).build();
    }

    @DELETE
    @Path("/clearances/{clearanceId}")
    @Operation(summary = "Undo a clearance (kept as history); the hit reaches the rules again",
            description = "Who undoes it is the authenticated caller (undoneBy in the answer), never a parameter.")
    public ClearanceEntity undo(@PathParam("clearanceId") UUID id,
            @QueryParam("undoneBy") @Parameter(hidden = true) String undoneBy,
            @QueryParam("reason") @NotBlank(message = "say why") @Size(max = 2000) String reason) {
        if (undoneBy != null) {
            throw new InvalidFieldException("undoneBy", "who undoes a clearance is the authenticated caller; leave undoneBy out");
        }
        return clearances.undo(id, Callers.name(identity), reason).orElseThrow(() -> new NotFoundException("no clearance " + id));
    }

    @GET
    @Path("/clearances")
    @Operation(summary = "Clearances with their history (undone ones included), newest first; optionally for one party")
    public List<ClearanceEntity> history(@QueryParam("partyId") String partyId) {
        return clearances.history(partyId);
    }

    @ServerExceptionMapper
    public Response unknownEntry(ClearanceStore.UnknownEntryException e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response alreadyCleared(ClearanceStore.AlreadyClearedException e) {
        return Problem.of(409, "Already cleared", e.getMessage()).toResponse();
    }
}
