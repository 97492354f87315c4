package dev.warden.console.screening;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.replay.RequestParams;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.SearchHit;
import dev.warden.screening.SearchRequest;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.clearance.ClearanceEntity;
import dev.warden.screening.clearance.ClearanceRequest;
import dev.warden.screening.clearance.ClearanceStore;
import dev.warden.validation.InvalidFieldException;

/**
 * The console's screening page: a search of the serving lists, and the clearances with forms to give and undo
 * one (POST with the CSRF token; who acts is the signed-in person, never a field). Pages for people, not API:
 * left out of the OpenAPI document.
 */
@Path("/console/screening")
@Produces(MediaType.TEXT_HTML)
public class ScreeningPages {
    static final int HITS_SHOWN = 20;
    static final int MAX_REASON = 2000;

    private final WatchListRegistry registry;
    private final ClearanceStore clearances;
    private final Validator validator;
    private final SecurityIdentity identity;

    public ScreeningPages(WatchListRegistry registry, ClearanceStore clearances, Validator validator,
            SecurityIdentity identity) {
        this.registry = registry;
        this.clearances = clearances;
        this.validator = validator;
        this.identity = identity;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance screening(ScreeningForm search, boolean searched, List<SearchHit> hits,
                double minScore, ClearanceForm clearance, List<ClearanceEntity> clearances, String problemField,
                String problemText);
    }

    /** The search form, its hits when a search was asked, and the clearances; a bad field answers 400 naming it. */
    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("name") String name, @QueryParam("type") String type,
            @QueryParam("country") String country, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("partyId") String partyId) {
        ScreeningForm search = new ScreeningForm(name, type, country, dateOfBirth, partyId);
        if (!search.asked()) return page(200, search, List.of(), false, ClearanceForm.EMPTY, null);
        try {
            SearchRequest request = valid(search.request());
            ScreeningIndex index = registry.index();
            return page(200, search, SearchHit.search(index, request.toQuery(), index.threshold(), HITS_SHOWN), true,
                    new ClearanceForm(search.partyId(), null, null, null), null);
        } catch (InvalidFieldException e) {
            return page(400, search, List.of(), false, ClearanceForm.EMPTY, e);
        }
    }

    /** Clears a name hit for a party as a false positive, then shows the clearances (303). */
    @POST
    @Path("/clearances")
    @Operation(hidden = true)
    public Response clear(@RestForm String partyId, @RestForm String list, @RestForm String entryId,
            @RestForm String reason) {
        ClearanceForm form = new ClearanceForm(partyId, list, entryId, reason);
        try {
            clearances.clear(valid(form.request()), identity.getPrincipal().getName());
        } catch (InvalidFieldException e) {
            return page(400, emptySearch(), List.of(), false, form, e);
        } catch (ClearanceStore.UnknownEntryException e) {
            return page(404, emptySearch(), List.of(), false, form, new InvalidFieldException("entryId", e.getMessage()));
        } catch (ClearanceStore.AlreadyClearedException e) {
            return page(409, emptySearch(), List.of(), false, form, new InvalidFieldException("entryId", e.getMessage()));
        }
        return Response.seeOther(URI.create("/console/screening#clearances")).build();
    }

    /** Undoes a clearance (it stays listed as history), then shows the clearances (303). */
    @POST
    @Path("/clearances/undo")
    @Operation(hidden = true)
    public Response undo(@RestForm String clearanceId, @RestForm String reason) {
        try {
            UUID id = RequestParams.uuid("clearanceId", ScreeningForm.orNull(clearanceId));
            String why = ScreeningForm.orNull(reason);
            if (why == null) throw new InvalidFieldException("reason", "say why the clearance no longer holds");
            if (why.length() > MAX_REASON) throw new InvalidFieldException("reason", "must be at most " + MAX_REASON + " characters");
            if (clearances.undo(id, identity.getPrincipal().getName(), why).isEmpty()) {
                return page(404, emptySearch(), List.of(), false, ClearanceForm.EMPTY,
                        new InvalidFieldException("clearanceId", "no clearance " + id));
            }
        } catch (InvalidFieldException e) {
            return page(400, emptySearch(), List.of(), false, ClearanceForm.EMPTY, e);
        }
        return Response.seeOther(URI.create("/console/screening#clearances")).build();
    }

    /** The request when it passes its Bean Validation constraints; otherwise the first broken one, by field. */
    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String field = v.getPropertyPath().toString();
            throw new InvalidFieldException("identified".equals(field) ? "name" : field, v.getMessage());
        });
        return request;
    }

    private static ScreeningForm emptySearch() {
        return new ScreeningForm(null, null, null, null, null);
    }

    private Response page(int status, ScreeningForm search, List<SearchHit> hits, boolean searched,
            ClearanceForm clearance, InvalidFieldException problem) {
        TemplateInstance page = Templates.screening(search, searched, hits, registry.index().threshold(), clearance,
                clearances.history(null), problem == null ? null : problem.field(),
                problem == null ? null : problem.getMessage());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
