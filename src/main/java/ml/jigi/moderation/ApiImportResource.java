package ml.jigi.moderation;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.FormMessages;
import ml.jigi.web.UiLocale;

/** `POST /api/import`: the import of `/admin/import` for scripts, JSON in and out (`?dryRun=true` saves nothing). */
@Path("/api/import")
@RolesAllowed("admin")
public class ApiImportResource {

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    Importer importer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Administration")
    @Operation(summary = "Import organizations, programs and startups (upserted by slug); dryRun=true reports without saving")
    public Response api(JsonNode root, @RestQuery boolean dryRun) {
        try {
            return Response.ok(importer.run(root, dryRun, user.id(), ui.messages(FormMessages.class))).build();
        } catch (Importer.Unreadable e) {
            return Response.status(400).entity(java.util.Map.of("error", "unreadable", "message", e.getMessage())).build();
        } catch (PersistenceException e) {
            return Response.status(409).entity(java.util.Map.of("error", "not_imported", "message",
                    "The import could not be saved; nothing was imported.")).build();
        }
    }
}
