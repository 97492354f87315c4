package dev.warden.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.postgresql.util.PSQLException;

import dev.warden.history.HistoryImport;

/** HTTP for the history import: translates, nothing more. */
@Path("/v1/history/import")
@Tag(name = "History")
public class HistoryImportResource {
    private final HistoryImport history;

    public HistoryImportResource(HistoryImport history) {
        this.history = history;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load past transactions into the history without deciding them",
            description = "A CSV whose header is " + HistoryImport.HEADER + " (empty cells are null; occurred_at "
                    + "ISO-8601). Feeds the counterparty memory, the windows and the history held in the service, as "
                    + "if Warden had decided them; records no decision. All rows or none; ids already stored are "
                    + "skipped. Split large files into bodies under quarkus.http.limits.max-body-size.")
    public Response importCsv(InputStream body) throws SQLException, IOException {
        try {
            HistoryImport.Result result = history.importCsv(new InputStreamReader(body, StandardCharsets.UTF_8));
            return Response.ok("{\"read\":" + result.read() + ",\"imported\":" + result.imported() + "}",
                    MediaType.APPLICATION_JSON).build();
        } catch (PSQLException e) {
            // A malformed row or header: the database says which line and why.
            return Problem.of(400, "Bad Request", e.getServerErrorMessage() != null
                    ? e.getServerErrorMessage().getMessage() + " (" + e.getServerErrorMessage().getWhere() + ")"
                    : e.getMessage()).toResponse();
        }
    }
}
