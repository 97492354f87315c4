package dev.warden.api;

import dev.warden.validation.ClientText;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters follow the same text rule as body fields ({@link ClientText}): a NUL in
 * {@code ?partyId=} would otherwise reach PostgreSQL, which refuses it.
 */
public class ParameterText {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        Response refused = check(request.getUriInfo().getPathParameters());
        return refused != null ? refused : check(request.getUriInfo().getQueryParameters());
    }

    private static Response check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = ClientText.problem(parameter.getKey(), value);
                if (problem != null) {
                    return Problem.invalid("A parameter has a value Warden does not accept",
                            List.of(new Problem.FieldError(parameter.getKey(), problem))).toResponse();
                }
            }
        }
        return null;
    }
}
