package dev.warden.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.party.PartyProfileEntity;
import dev.warden.party.PartyProfileRequest;
import dev.warden.party.PartyProfiles;

/** KYC profiles pushed by onboarding systems. */
@Path("/v1/parties/{partyId}")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {
    private final PartyProfiles profiles;

    public PartyResource(PartyProfiles profiles) {
        this.profiles = profiles;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a party's KYC profile; every version is kept")
    public PartyProfileEntity put(@PathParam("partyId") @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,128}") String partyId,
            @NotNull(message = "the body must be a party profile") @Valid PartyProfileRequest profile) {
        return profiles.put(partyId, profile);
    }

    @GET
    @Operation(summary = "A party's current KYC profile")
    public PartyProfileEntity get(@PathParam("partyId") String partyId) {
        return profiles.find(partyId).orElseThrow(() -> new NotFoundException("no profile for party " + partyId));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every version of a party's profile, oldest first")
    public List<Map<String, Object>> history(@PathParam("partyId") String partyId) {
        List<Object[]> rows = profiles.history(partyId);
        if (rows.isEmpty()) throw new NotFoundException("no profile for party " + partyId);
        return rows.stream().map(r -> {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", r[0]);
            version.put("profile", new com.fasterxml.jackson.databind.util.RawValue((String) r[1]));
            version.put("changedAt", r[2]);
            return version;
        }).toList();
    }
}
