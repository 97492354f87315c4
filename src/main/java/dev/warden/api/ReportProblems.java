package dev.warden.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.warden.reporting.ReportRefusedException;

/**
 * A report its writer refuses (a case field the format cannot carry, a filer setting not configured): 422 with
 * every problem, each naming the report's field or the configuration key. The action that wanted the report
 * (an approval) has been rolled back.
 */
public class ReportProblems {
    static final String TYPE = "https://warden.dev/problems/report-refused";

    @ServerExceptionMapper
    public Response refused(ReportRefusedException e) {
        return new Problem(TYPE, "The report cannot be written", 422,
                "nothing was changed: fix what is named here (the case's data or Warden's configuration), then retry",
                e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.reason())).toList(), null)
                .toResponse();
    }
}
