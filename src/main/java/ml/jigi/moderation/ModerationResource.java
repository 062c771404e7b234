package ml.jigi.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.CodeMessages;
import ml.jigi.code.ModerationStatus;
import ml.jigi.moderation.ModerationService.Decision;
import ml.jigi.moderation.ModerationService.Kind;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramMessages;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * `/admin/moderation`: what waits for AGETIC (pending startups, organizations and programs, oldest
 * first, possible duplicates flagged), what is suspended, a search to find a published item, and one
 * page per item with its decisions.
 */
@Path("/admin/moderation")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ModerationResource {

    /** What the item page shows. */
    @io.quarkus.qute.TemplateData
    public record Detail(Kind kind, long id, long version, String name, String slug, String summary,
            String description, String website, String status, String note, Instant created, Instant updated,
            String publicPath, boolean organization, boolean verified, List<String> duplicates,
            List<Snapshots.Change> changes, boolean edited) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ModerationQueue.Page queue, String q, String notice);

        static native TemplateInstance item(Detail item, Form form, List<Option> decisions, Form verify);
    }


    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ModerationService moderation;

    @Inject
    ModerationQueue queues;

    @GET
    public TemplateInstance queue(@RestQuery String q, @RestQuery String done) {
        String query = q == null ? "" : q.strip();
        String notice = done == null ? null : ui.messages(AdminMessages.class).moderation_done();
        return Templates.queue(queues.load(query, labels()), query, notice);
    }

    /** Statuses labelled in the page's language. */
    private ModerationQueue.Labels labels() {
        return new ModerationQueue.Labels(ui.messages(CodeMessages.class)::moderation_status,
                ui.messages(ProgramMessages.class)::program_status);
    }

    @GET
    @Path("{kind}/{id}")
    public TemplateInstance show(@PathParam("kind") String kind, @PathParam("id") long id, @RestQuery String done) {
        Detail item = detail(kind(kind), id);
        Form form = ui.form().set("version", item.version());
        if (done != null) {
            form.notice(ui.messages(AdminMessages.class).moderation_done());
        }
        return page(item, form);
    }

    @POST
    @Path("{kind}/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("kind") String kind, @PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Kind k = kind(kind);
        Detail item = detail(k, id);
        Form form = ui.form(fields);
        AdminMessages msg = ui.messages(AdminMessages.class);
        Decision decision = form.code("decision", Decision.class, true);
        String reason = form.text("reason", 1000, decision != null && decision.needsReason());
        if (decision != null && !decisions(k, id).contains(decision)) {
            form.reject("decision", msg.moderation_not_open());
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(page(item, form)).build();
        }
        try {
            moderation.decide(k, id, form.version(), decision, reason, user.id());
        } catch (EditConflict | ModerationService.NotOpen e) {
            Detail now = detail(k, id);
            form.notice(e instanceof EditConflict ? form.messages().form_error_conflict() : msg.moderation_not_open());
            return Response.status(Response.Status.CONFLICT).entity(page(now, form.set("version", now.version()))).build();
        }
        return Response.seeOther(URI.create("/admin/moderation?done=" + decision)).build();
    }

    @POST
    @Path("organization/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Detail item = detail(Kind.organization, id);
        Form form = ui.form(fields);
        try {
            moderation.verify(id, form.version(), form.checked("verified"), user.id());
        } catch (EditConflict e) {
            Detail now = detail(Kind.organization, id);
            Form again = ui.form().set("version", now.version());
            again.notice(form.messages().form_error_conflict());
            return Response.status(Response.Status.CONFLICT).entity(page(now, again)).build();
        }
        return Response.seeOther(URI.create("/admin/moderation/organization/" + item.id() + "?done=verified")).build();
    }

    private TemplateInstance page(Detail item, Form form) {
        AdminMessages msg = ui.messages(AdminMessages.class);
        List<Option> options = decisions(item.kind(), item.id()).stream()
                .map(d -> new Option(d.name(), switch (d) {
                    case approve -> msg.moderation_decision_approve();
                    case reject -> msg.moderation_decision_reject();
                    case suspend -> msg.moderation_decision_suspend();
                    case restore -> msg.moderation_decision_restore();
                })).toList();
        Form verify = ui.form().set("version", item.version()).check("verified", item.verified());
        return Templates.item(item, form, options, verify);
    }

    static Kind kind(String kind) {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    static List<Decision> decisions(Kind kind, long id) {
        return switch (kind) {
            case startup -> ModerationService.open(Startup.<Startup>findByIdOptional(id).orElseThrow(NotFoundException::new)
                    .moderationStatus);
            case organization -> ModerationService.open(Organization.<Organization>findByIdOptional(id)
                    .orElseThrow(NotFoundException::new).moderationStatus);
            case program -> {
                Program p = Program.<Program>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield ModerationService.open(p.status).stream() // published only once its organization is approved
                        .filter(d -> d != Decision.approve || p.organization.isPublic()).toList();
            }
        };
    }

    Detail detail(Kind kind, long id) {
        ModerationQueue.Labels labels = labels();
        return switch (kind) {
            case startup -> {
                Startup s = Startup.<Startup>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.startup, s.id, s.version, s.name, s.slug, s.tagline, s.description, s.website,
                        labels.moderation().apply(s.moderationStatus), s.moderationNote, s.createdAt, s.updatedAt,
                        s.moderationStatus == ModerationStatus.approved ? "/startups/" + s.slug : null, false, false,
                        queues.startupDuplicates(List.of(s.id)).getOrDefault(s.id, List.of()),
                        changes(kind, s.id, Snapshots.of(s)), Snapshots.approved(kind, s.id).isPresent());
            }
            case organization -> {
                Organization o = Organization.<Organization>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.organization, o.id, o.version, o.name, o.slug, null, o.description, o.website,
                        labels.moderation().apply(o.moderationStatus), o.moderationNote, o.createdAt, o.updatedAt,
                        o.moderationStatus == ModerationStatus.approved ? "/organizations/" + o.slug : null, true,
                        o.verified, queues.organizationDuplicates(List.of(o.id)).getOrDefault(o.id, List.of()),
                        changes(kind, o.id, Snapshots.of(o)), Snapshots.approved(kind, o.id).isPresent());
            }
            case program -> {
                Program p = Program.<Program>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.program, p.id, p.version, p.title, p.slug, p.summary, p.description, null,
                        labels.program().apply(p.status), p.moderationNote, p.createdAt, p.updatedAt,
                        p.status.isPublic() ? "/programs/" + p.slug : null, false, false, List.of(),
                        changes(kind, p.id, Snapshots.of(p)), Snapshots.approved(kind, p.id).isPresent());
            }
        };
    }

    /** What differs from the approved version (nothing when there is none). */
    static List<Snapshots.Change> changes(Kind kind, long id, java.util.Map<String, String> now) {
        return Snapshots.approved(kind, id).map(approved -> Snapshots.changes(approved, now)).orElse(List.of());
    }
}
