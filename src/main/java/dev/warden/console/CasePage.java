package dev.warden.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.party.PartyProfileEntity;
import dev.warden.party.PartyProfiles;
import dev.warden.reporting.ReportRefusedException;
import dev.warden.review.AlertView;
import dev.warden.review.CaseRequests;
import dev.warden.review.CaseView;
import dev.warden.review.CaseWork;
import dev.warden.review.ReviewExceptions;
import dev.warden.review.ReviewReads;
import dev.warden.review.ReviewTypes.AlertStatus;
import dev.warden.review.ReviewTypes.CaseStatus;
import dev.warden.review.ReviewTypes.Disposition;
import dev.warden.review.ReviewTypes.PaymentOutcome;

/**
 * A case: its customer and KYC profile, each decision with its findings and evidence, the forms of the case work
 * and the log. Every form is a plain POST (with the CSRF token) answered with a redirect to this page; what case
 * work refuses (the case's status, four eyes, a missing outcome) is shown on the page with its status code.
 */
@Path("/console/cases/{caseId}")
@Tag(name = "Console")
@Produces(MediaType.TEXT_HTML)
public class CasePage {
    /** The form field of a held payment's outcome: this prefix and the alert's id. */
    static final String OUTCOME_FIELD = "outcome-";

    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance caseFile(Person person, CaseView file, List<CaseEvidence.Term> customer,
                List<CaseEvidence.DecisionView> decisions, List<AlertView> heldPayments, boolean canDecide,
                List<Disposition> dispositions, String error);

        static native TemplateInstance missing(Person person, String what);
    }

    private final ReviewReads reads;
    private final CaseWork work;
    private final PartyProfiles profiles;
    private final Validator validator;
    private final SecurityIdentity identity;

    public CasePage(ReviewReads reads, CaseWork work, PartyProfiles profiles, Validator validator,
            SecurityIdentity identity) {
        this.reads = reads;
        this.work = work;
        this.profiles = profiles;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A case in the officer console (HTML)")
    @APIResponse(responseCode = "200", description = "The case page")
    @APIResponse(responseCode = "404", description = "No such case")
    public Response show(@PathParam("caseId") String caseId) {
        return page(caseId, 200, null);
    }

    @POST
    @Path("/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Claim the case (form), then back to the case page")
    @APIResponse(responseCode = "303", description = "Done: the case page")
    public Response claim(@PathParam("caseId") String caseId) {
        return act(caseId, id -> work.claim(id, person().actor()));
    }

    @POST
    @Path("/comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Note something on the case (form)")
    @APIResponse(responseCode = "303", description = "Done: the case page")
    public Response comment(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        var request = new CaseRequests.Comment(form.getFirst("comment"));
        return act(caseId, request, id -> work.comment(id, request, person().actor()));
    }

    @POST
    @Path("/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Propose how the case ends (form): disposition, RELEASE or REJECT per held payment, narrative")
    @APIResponse(responseCode = "303", description = "Done: the case page")
    public Response propose(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        String disposition = form.getFirst("disposition");
        Disposition parsed;
        try {
            parsed = disposition == null || disposition.isBlank() ? null : Disposition.valueOf(disposition);
        } catch (IllegalArgumentException e) {
            return page(caseId, 400, "disposition: must be one of FALSE_POSITIVE, TRUE_POSITIVE_NO_REPORT, REPORTED");
        }
        Map<UUID, PaymentOutcome> outcomes = new LinkedHashMap<>();
        for (String field : form.keySet()) {
            if (!field.startsWith(OUTCOME_FIELD)) continue;
            String value = form.getFirst(field);
            try {
                outcomes.put(UUID.fromString(field.substring(OUTCOME_FIELD.length())), PaymentOutcome.valueOf(value));
            } catch (IllegalArgumentException e) {
                return page(caseId, 400, field + ": must name an alert and be RELEASE or REJECT");
            }
        }
        var request = new CaseRequests.Proposal(parsed, outcomes, form.getFirst("narrative"));
        return act(caseId, request, id -> work.propose(id, request, person().actor()));
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Approve the waiting proposal (form; a supervisor other than the proposer)")
    @APIResponse(responseCode = "303", description = "Done: the case page")
    public Response approve(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        String comment = form.getFirst("comment");
        var request = new CaseRequests.Approval(comment == null || comment.isBlank() ? null : comment);
        return act(caseId, request, id -> work.approve(id, request, person().actor()));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send the waiting proposal back with a reason (form; a supervisor other than the proposer)")
    @APIResponse(responseCode = "303", description = "Done: the case page")
    public Response sendBack(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        var request = new CaseRequests.Reason(form.getFirst("reason"));
        return act(caseId, request, id -> work.sendBack(id, request, person().actor()));
    }

    private Person person() {
        return Person.of(identity);
    }

    /** A form's request checked like the API checks its JSON body, then the action. */
    private Response act(String caseId, Object request, Consumer<UUID> action) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return page(caseId, 400, violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        return act(caseId, action);
    }

    private Response act(String caseId, Consumer<UUID> action) {
        Optional<UUID> id = id(caseId);
        if (id.isEmpty()) return missing(caseId);
        try {
            action.accept(id.get());
        } catch (ReviewExceptions.NotFound e) {
            return missing(caseId);
        } catch (ReviewExceptions.IllegalInStatus e) {
            return page(caseId, 409, e.getMessage());
        } catch (ReviewExceptions.NotAllowed e) {
            return page(caseId, 403, e.getMessage());
        } catch (ReviewExceptions.InvalidField e) {
            return page(caseId, 400, e.field() + ": " + e.getMessage());
        } catch (ReportRefusedException e) {
            return page(caseId, 422, e.getMessage());
        }
        return Response.seeOther(URI.create("/console/cases/" + id.get())).build();
    }

    private Response page(String caseId, int status, String error) {
        Optional<CaseView> found = id(caseId).flatMap(reads::caseDetail);
        if (found.isEmpty()) return missing(caseId);
        CaseView file = found.get();
        Person person = person();
        List<AlertView> held = file.alerts().stream()
                .filter(a -> a.status() == AlertStatus.OPEN && a.decisionId() != null).toList();
        boolean canDecide = file.status() == CaseStatus.PENDING_APPROVAL && person.supervisor()
                && file.proposal() != null && !person.name().equals(file.proposal().proposedBy());
        return Response.status(status).entity(Templates.caseFile(person, file, customer(file.partyId()),
                CaseEvidence.of(file.alerts()), held, canDecide, List.of(Disposition.values()), error)).build();
    }

    private Response missing(String caseId) {
        return Response.status(404).entity(Templates.missing(person(), "case " + caseId)).build();
    }

    /** The customer's current KYC profile, as terms; empty when onboarding never sent one. */
    private List<CaseEvidence.Term> customer(String partyId) {
        List<CaseEvidence.Term> terms = new ArrayList<>();
        if (partyId == null) return terms;
        Optional<PartyProfileEntity> found = profiles.find(partyId);
        if (found.isEmpty()) return terms;
        PartyProfileEntity p = found.get();
        add(terms, "name", p.name);
        add(terms, "type", p.type);
        add(terms, "country", p.country);
        add(terms, "KYC status", p.kycStatus);
        add(terms, "KYC level", p.kycLevel);
        add(terms, "verified", p.verifiedAt);
        add(terms, "expires", p.expiresAt);
        add(terms, "risk rating", p.riskRating);
        add(terms, "politically exposed", p.pep ? "yes" : "no");
        add(terms, "beneficial owners known", p.beneficialOwnersKnown == null ? null : p.beneficialOwnersKnown ? "yes" : "no");
        add(terms, "incorporated", p.incorporatedOn);
        add(terms, "declared monthly volume (USD)", p.declaredMonthlyVolumeUsd);
        add(terms, "account opened", p.accountOpenedOn);
        add(terms, "profile version", p.version);
        return terms;
    }

    private static void add(List<CaseEvidence.Term> terms, String term, Object value) {
        if (value != null) terms.add(new CaseEvidence.Term(term, value.toString()));
    }

    private static Optional<UUID> id(String caseId) {
        try {
            return Optional.of(UUID.fromString(caseId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
