package ml.jigi.networking;

import java.time.Instant;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The one-click unsubscribe of alert mails, without a login (RFC 8058). `GET /alerts/unsubscribe`
 * (the link in the mail) shows what the link stops and a button; `POST` to the same address (the
 * button, or the mail program through the List-Unsubscribe-Post header) stops it. The signed link
 * is the only proof needed and stops that one alert of that one subscription (`AlertLinks`); the
 * POST needs no form token (a mail program has none; there is nothing for a forged request to gain
 * that the link itself does not give), so it is a route of its own, before the pages' form checks.
 */
@Path("/alerts/unsubscribe")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String startup, String kind, boolean done, String action);
    }

    @Inject
    AlertLinks links;

    @GET
    public TemplateInstance page(@RestQuery("s") Long id, @RestQuery("k") String kind, @RestQuery("t") String token,
            @RestQuery String done) {
        AlertLinks.Kind k = kind(kind);
        AlertSubscription s = checked(id, k, token);
        boolean off = k == AlertLinks.Kind.weekly ? !s.weekly : !s.deadlines;
        String startup = ml.jigi.startup.Startup.<ml.jigi.startup.Startup>findByIdOptional(s.startupId).map(x -> x.name).orElse("");
        String link = links.unsubscribe(id, k);
        return Templates.unsubscribe(startup, k.name(), done != null || off, link.substring(link.indexOf("/alerts/")));
    }

    void route(@Observes Router router) {
        router.post("/alerts/unsubscribe").order(-100).blockingHandler(this::post);
    }

    void post(RoutingContext ctx) {
        try {
            Long id = Long.valueOf(ctx.request().getParam("s"));
            AlertLinks.Kind k = kind(ctx.request().getParam("k"));
            String token = ctx.request().getParam("t");
            boolean stopped = QuarkusTransaction.requiringNew().call(() -> {
                AlertSubscription s = AlertSubscription.findById(id);
                if (s == null || !links.valid(id, k, token)) {
                    return false;
                }
                if (k == AlertLinks.Kind.weekly) {
                    s.weekly = false;
                } else {
                    s.deadlines = false;
                }
                s.updatedAt = Instant.now();
                return true;
            });
            if (!stopped) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            ctx.response().setStatusCode(303).putHeader("Location", "/alerts/unsubscribe?s=" + id + "&k=" + k + "&t="
                    + token + "&done=1").end();
        } catch (IllegalArgumentException | NotFoundException e) {
            ctx.response().setStatusCode(404).end();
        }
    }

    static AlertLinks.Kind kind(String kind) {
        try {
            return AlertLinks.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private AlertSubscription checked(Long id, AlertLinks.Kind k, String token) {
        if (id == null || !links.valid(id, k, token)) {
            throw new NotFoundException();
        }
        AlertSubscription s = AlertSubscription.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }
}
