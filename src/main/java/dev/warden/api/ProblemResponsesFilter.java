package dev.warden.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Gives every /v1 operation the error shapes it can answer with, once, instead of repeating annotations on every
 * resource method: 401 and 403 (authentication and roles), 400 for operations with a body or parameters, 503 for
 * the decision path, all as problem+json with an example. Also declares the two ways to authenticate.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
        openAPI.getComponents().addSecurityScheme("apiKey", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("A static API key; Warden stores only its SHA-256"));
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the configured OIDC issuer; roles come from the groups claim"));
        if (openAPI.getPaths() == null) return;
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/v1")) return;
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                addIfMissing(responses, "401", "No credentials, or an unknown API key or token",
                        problem(401, "Unauthorized", "credentials are missing or not valid", null));
                addIfMissing(responses, "403", "The caller's roles do not allow this operation",
                        problem(403, "Forbidden", "the caller's roles do not allow this operation", null));
                boolean takesInput = entry.getKey() != PathItem.HttpMethod.GET || operation.getParameters() != null;
                if (takesInput) {
                    addIfMissing(responses, "400", "Invalid input: each offending field and the reason",
                            problem(400, "Invalid request", "The request breaks 1 constraint(s)", "amount"));
                }
                if (path.startsWith("/v1/decisions")) {
                    addIfMissing(responses, "503", "No rule set loaded, or the database is unavailable",
                            problem(503, "Decision service unavailable", "the database is unavailable (commit)", null));
                }
                operation.setResponses(responses);
                if (path.equals("/v1/decisions") && entry.getKey() == PathItem.HttpMethod.POST) exampleRequest(operation);
            }
        });
    }

    /** The architecture's example transaction, so the Swagger UI can send a real request as it stands. */
    private static void exampleRequest(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) return;
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json == null) return;
        json.addExample("crypto-transfer-to-grinex", OASFactory.createExample().summary("USDT to a Grinex wallet")
                .value(readJson("""
                        {"transactionId": "pay-000123", "occurredAt": "2026-11-20T10:15:30Z", "type": "CRYPTO_TRANSFER",
                         "amount": "9500.00", "currency": "USDT",
                         "originator": {"partyId": "cust-42", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                        "walletAddress": "TXwZkPbGn5B6q1RkRyAT8fRr9YTbhNn3Da", "chain": "TRON"},
                         "beneficiary": {"name": "Grinex", "type": "VASP", "walletAddress": "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep",
                                         "chain": "TRON"},
                         "purpose": "invoice 77", "travelRule": {"originatorComplete": true, "beneficiaryComplete": false}}""")));
    }

    private static void addIfMissing(APIResponses responses, String code, String description, Example example) {
        if (responses.hasAPIResponse(code)) {
            // Declared on the resource already: give its problem+json content an example if it has none.
            Content content = responses.getAPIResponse(code).getContent();
            MediaType problem = content == null ? null : content.getMediaType(PROBLEM);
            if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
                problem.addExample("problem", example);
            }
            return;
        }
        Schema schema = OASFactory.createSchema().ref("#/components/schemas/Problem");
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(schema).addExample("problem", example)));
        responses.addAPIResponse(code, response);
    }

    private static Example problem(int status, String title, String detail, String field) {
        String errors = field == null ? "" : ",\"errors\":[{\"field\":\"" + field + "\",\"reason\":\"must be greater than 0\"}]";
        return OASFactory.createExample().value(readJson("{\"type\":\"about:blank\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"" + errors + "}"));
    }

    private static Object readJson(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
