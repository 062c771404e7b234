package ml.jigi.moderation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.moderation.ModerationService.Kind;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * `/report`: "Signaler" a public startup, organization or program. Logged-in people only; at most
 * {@value #PER_DAY} reports a day each, and one open report per person and item.
 */
@Path("/report")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    static final int PER_DAY = 5;

    /** What is reported, as the form shows it. */
    @io.quarkus.qute.TemplateData
    public record Target(Kind kind, long id, String slug, String name, String path) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Target target, Form form, List<Option> reasons, boolean sent);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @GET
    public TemplateInstance form(@RestQuery String kind, @RestQuery String slug, @RestQuery String sent) {
        return Templates.report(target(kind, slug), ui.form(), reasons(), sent != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        Target target = target(form.value("kind"), form.value("slug"));
        AdminMessages msg = ui.messages(AdminMessages.class);
        Report.Reason reason = form.code("reason", Report.Reason.class, true);
        String message = form.text("message", 1000, reason == Report.Reason.other);
        long reporter = user.id();
        if (Report.count("reporterId = ?1 and objectType = ?2 and objectId = ?3 and status = ?4", reporter, target.kind(),
                target.id(), Report.Status.open) > 0) {
            return sent(target);
        }
        int status = 422;
        if (!form.hasErrors() && Report.count("reporterId = ?1 and createdAt > ?2", reporter,
                Instant.now().minus(Duration.ofDays(1))) >= PER_DAY) {
            form.reject("reason", msg.report_too_many(PER_DAY));
            status = 429;
        }
        if (form.hasErrors()) {
            return Response.status(status).entity(Templates.report(target, form, reasons(), false)).build();
        }
        Report r = new Report();
        r.objectType = target.kind();
        r.objectId = target.id();
        r.reporterId = reporter;
        r.reason = reason;
        r.message = message;
        r.createdAt = Instant.now();
        r.persist();
        return sent(target);
    }

    private static Response sent(Target target) {
        return Response.seeOther(URI.create("/report?kind=" + target.kind() + "&slug="
                + URLEncoder.encode(target.slug(), StandardCharsets.UTF_8) + "&sent=1")).build();
    }

    private List<Option> reasons() {
        AdminMessages msg = ui.messages(AdminMessages.class);
        return Arrays.stream(Report.Reason.values()).map(r -> new Option(r.name(), msg.report_reason(r))).toList();
    }

    /** The public item reported; anything else (unknown, not public) is a 404. */
    static Target target(String kind, String slug) {
        if (kind == null || slug == null) {
            throw new NotFoundException();
        }
        return switch (ModerationResource.kind(kind)) {
            case startup -> Startup.findPublic(slug).map(s -> new Target(Kind.startup, s.id, s.slug, s.name,
                    "/startups/" + s.slug)).orElseThrow(NotFoundException::new);
            case organization -> Organization.findPublic(slug).map(o -> new Target(Kind.organization, o.id, o.slug, o.name,
                    "/organizations/" + o.slug)).orElseThrow(NotFoundException::new);
            case program -> Program.findPublic(slug).map(p -> new Target(Kind.program, p.id, p.slug, p.title,
                    "/programs/" + p.slug)).orElseThrow(NotFoundException::new);
        };
    }
}
