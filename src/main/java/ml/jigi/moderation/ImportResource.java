package ml.jigi.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.web.Form;
import ml.jigi.web.FormMessages;
import ml.jigi.web.UiLocale;
import ml.jigi.web.Upload;

/**
 * `/admin/import`: a JSON file of organizations, programs and startups, upserted by slug (a dry run
 * first, by default), with a report of what was created, updated, unchanged or skipped and why.
 */
@Path("/admin/import")
@RolesAllowed("admin")
public class ImportResource {

    /** A file larger than this is refused before it is read. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final java.util.List<ModerationService.Kind> KINDS = java.util.List.of(ModerationService.Kind.organization,
            ModerationService.Kind.program, ModerationService.Kind.startup);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(Form form, Importer.Report report, java.util.List<ModerationService.Kind> kinds);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    Importer importer;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.importPage(ui.form().check("dryRun", true), null, KINDS);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(MultipartFormDataInput input) {
        Form form = ui.form(Upload.fields(input));
        AdminMessages msg = ui.messages(AdminMessages.class);
        boolean dryRun = form.checked("dryRun");
        Collection<FormValue> files = input.getValues().get("file");
        FormValue file = files == null ? null : files.stream().filter(v -> v.isFileItem() && v.getFileName() != null
                && !v.getFileName().isBlank()).findFirst().orElse(null);
        if (file == null) {
            form.reject("file", form.messages().form_error_required());
            return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
        }
        JsonNode root;
        try (InputStream in = file.getFileItem().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                form.reject("file", form.messages().form_error_file_size(MAX_BYTES / 1024 / 1024));
                return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
            }
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            form.reject("file", msg.import_unreadable(e.getOriginalMessage()));
            return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
        } catch (IOException e) {
            form.reject("file", msg.import_unreadable(e.getMessage()));
            return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
        }
        try {
            Importer.Report report = importer.run(root, dryRun, user.id(), ui.messages(FormMessages.class));
            form.notice(dryRun ? msg.import_dry_done() : msg.import_done());
            return Response.ok(Templates.importPage(form, report, KINDS)).build();
        } catch (Importer.Unreadable e) {
            form.reject("file", msg.import_unreadable(e.getMessage()));
            return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
        } catch (PersistenceException e) {
            form.reject("file", msg.import_failed());
            return Response.status(422).entity(Templates.importPage(form, null, KINDS)).build();
        }
    }
}
