package ml.jigi.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
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
import ml.jigi.moderation.ModerationService.Decision;
import ml.jigi.moderation.ModerationService.Kind;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.ModerationStatus;
import ml.jigi.startup.Startup;
import ml.jigi.web.CodeMessages;
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

    /** A line of the queue or of a search. */
    @io.quarkus.qute.TemplateData
    public record Item(Kind kind, long id, String name, String status, Instant since, List<String> duplicates,
            boolean edited) {
    }

    /** How many wait in all, beyond the ones shown. */
    @io.quarkus.qute.TemplateData
    public record Waiting(long startups, long organizations, long programs) {
    }

    /** What the item page shows. */
    @io.quarkus.qute.TemplateData
    public record Detail(Kind kind, long id, long version, String name, String slug, String summary,
            String description, String website, String status, String note, Instant created, Instant updated,
            String publicPath, boolean organization, boolean verified, List<String> duplicates,
            List<Snapshots.Change> changes, boolean edited) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Item> startups, List<Item> organizations, List<Item> programs,
                Waiting waiting, List<Item> suspended, List<Item> recheck, String q, List<Item> found, String notice);

        static native TemplateInstance item(Detail item, Form form, List<Option> decisions, Form verify);
    }

    static final int SEARCH_LIMIT = 30;
    /** The oldest this many of each list are shown (the page stays light); the heading gives the whole count. */
    static final int SHOWN = 100;

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    ModerationService moderation;

    @GET
    public TemplateInstance queue(@RestQuery String q, @RestQuery String done) {
        CodeMessages codes = ui.messages(CodeMessages.class);
        List<Item> startups = Startup.<Startup>find("moderationStatus = ?1 order by updatedAt, id", ModerationStatus.pending)
                .page(0, SHOWN).list().stream().map(x -> item(x, codes)).toList();
        List<Item> organizations = Organization.<Organization>find("moderationStatus = ?1 order by updatedAt, id",
                ModerationStatus.pending).page(0, SHOWN).list().stream().map(x -> item(x, codes)).toList();
        List<Item> programs = Program.<Program>find("status = ?1 order by submittedAt, id", ProgramStatus.pending)
                .page(0, SHOWN).list().stream().map(x -> item(x, codes)).toList();
        Waiting waiting = new Waiting(Startup.count("moderationStatus", ModerationStatus.pending),
                Organization.count("moderationStatus", ModerationStatus.pending), Program.count("status", ProgramStatus.pending));
        List<Item> suspended = new ArrayList<>();
        Startup.<Startup>find("moderationStatus = ?1 order by updatedAt desc", ModerationStatus.suspended).page(0, SHOWN)
                .list().forEach(s -> suspended.add(item(s, codes)));
        Organization.<Organization>find("moderationStatus = ?1 order by updatedAt desc", ModerationStatus.suspended)
                .page(0, SHOWN).list().forEach(o -> suspended.add(item(o, codes)));
        // Approved organizations whose name or website changed: their verified mark is gone until an administrator looks.
        List<Item> recheck = Organization.<Organization>find("recheckSince is not null order by recheckSince, id").page(0, SHOWN)
                .list().stream().map(x -> item(x, codes)).toList();
        String query = q == null ? "" : q.strip();
        List<Item> found = new ArrayList<>();
        if (!query.isEmpty()) {
            String like = ml.jigi.web.Like.containing(query);
            Startup.<Startup>find("name like ?1 order by name", like).page(0, SEARCH_LIMIT).list().forEach(s -> found.add(item(s, codes)));
            Organization.<Organization>find("name like ?1 order by name", like).page(0, SEARCH_LIMIT).list()
                    .forEach(o -> found.add(item(o, codes)));
            Program.<Program>find("title like ?1 order by title", like).page(0, SEARCH_LIMIT).list()
                    .forEach(p -> found.add(item(p, codes)));
        }
        String notice = done == null ? null : ui.messages(AdminMessages.class).moderation_done();
        return Templates.queue(startups, organizations, programs, waiting, suspended, recheck, query, found, notice);
    }

    @GET
    @Path("{kind}/{id}")
    public TemplateInstance show(@PathParam("kind") String kind, @PathParam("id") long id, @RestQuery String done) {
        Detail item = detail(kind(kind), id, ui.messages(CodeMessages.class));
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
        Detail item = detail(k, id, ui.messages(CodeMessages.class));
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
            Detail now = detail(k, id, ui.messages(CodeMessages.class));
            form.notice(e instanceof EditConflict ? form.messages().form_error_conflict() : msg.moderation_not_open());
            return Response.status(Response.Status.CONFLICT).entity(page(now, form.set("version", now.version()))).build();
        }
        return Response.seeOther(URI.create("/admin/moderation?done=" + decision)).build();
    }

    @POST
    @Path("organization/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Detail item = detail(Kind.organization, id, ui.messages(CodeMessages.class));
        Form form = ui.form(fields);
        try {
            moderation.verify(id, form.version(), form.checked("verified"), user.id());
        } catch (EditConflict e) {
            Detail now = detail(Kind.organization, id, ui.messages(CodeMessages.class));
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

    static Detail detail(Kind kind, long id, CodeMessages codes) {
        return switch (kind) {
            case startup -> {
                Startup s = Startup.<Startup>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.startup, s.id, s.version, s.name, s.slug, s.tagline, s.description, s.website,
                        codes.moderation_status(s.moderationStatus), s.moderationNote, s.createdAt, s.updatedAt,
                        s.moderationStatus == ModerationStatus.approved ? "/startups/" + s.slug : null, false, false,
                        duplicates(s), changes(kind, s.id, Snapshots.of(s)), Snapshots.approved(kind, s.id).isPresent());
            }
            case organization -> {
                Organization o = Organization.<Organization>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.organization, o.id, o.version, o.name, o.slug, null, o.description, o.website,
                        codes.moderation_status(o.moderationStatus), o.moderationNote, o.createdAt, o.updatedAt,
                        o.moderationStatus == ModerationStatus.approved ? "/organizations/" + o.slug : null, true,
                        o.verified, duplicates(o), changes(kind, o.id, Snapshots.of(o)),
                        Snapshots.approved(kind, o.id).isPresent());
            }
            case program -> {
                Program p = Program.<Program>findByIdOptional(id).orElseThrow(NotFoundException::new);
                yield new Detail(Kind.program, p.id, p.version, p.title, p.slug, p.summary, p.description, null,
                        codes.program_status(p.status), p.moderationNote, p.createdAt, p.updatedAt,
                        p.status.isPublic() ? "/programs/" + p.slug : null, false, false, List.of(),
                        changes(kind, p.id, Snapshots.of(p)), Snapshots.approved(kind, p.id).isPresent());
            }
        };
    }

    /** What differs from the approved version (nothing when there is none). */
    static List<Snapshots.Change> changes(Kind kind, long id, java.util.Map<String, String> now) {
        return Snapshots.approved(kind, id).map(approved -> Snapshots.changes(approved, now)).orElse(List.of());
    }

    static Item item(Startup s, CodeMessages codes) {
        return new Item(Kind.startup, s.id, s.name, codes.moderation_status(s.moderationStatus), s.updatedAt, duplicates(s),
                Snapshots.approved(Kind.startup, s.id).isPresent());
    }

    static Item item(Organization o, CodeMessages codes) {
        return new Item(Kind.organization, o.id, o.name, codes.moderation_status(o.moderationStatus), o.updatedAt,
                duplicates(o), Snapshots.approved(Kind.organization, o.id).isPresent());
    }

    static Item item(Program p, CodeMessages codes) {
        return new Item(Kind.program, p.id, p.title, codes.program_status(p.status), p.submittedAt == null ? p.updatedAt : p.submittedAt,
                List.of(), Snapshots.approved(Kind.program, p.id).isPresent());
    }

    /** Other startups with the same name, phone or website: names to check before approving. */
    static List<String> duplicates(Startup s) {
        StringBuilder same = new StringBuilder("lower(name) = lower(:name)");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("id", s.id).and("name", s.name);
        if (s.phone != null && !s.phone.isBlank()) {
            same.append(" or phone = :phone");
            params.and("phone", s.phone);
        }
        if (s.website != null && !s.website.isBlank()) {
            same.append(" or website = :website");
            params.and("website", s.website);
        }
        return Startup.<Startup>find("id <> :id and (" + same + ")", params).page(0, 5).list().stream()
                .map(o -> o.name + " (" + o.slug + ")").toList();
    }

    /** Other organizations with the same name or website. */
    static List<String> duplicates(Organization org) {
        boolean site = org.website != null && !org.website.isBlank();
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("id", org.id)
                .and("name", org.name);
        if (site) {
            params.and("website", org.website);
        }
        return Organization.<Organization>find("id <> :id and (lower(name) = lower(:name)" + (site ? " or website = :website" : "")
                + ")", params).page(0, 5).list().stream().map(o -> o.name + " (" + o.slug + ")").toList();
    }
}
