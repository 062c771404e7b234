package ml.jigi.networking;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;


import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.startup.Startup;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * `/me/alerts`: for each startup a founder owns, the weekly mail of programs that fit (with the
 * threshold they pick) and the deadline reminders for drafts; both off until chosen. The startup
 * creation form offers them too ({@link AlertChoices}).
 */
@Path("/me/alerts")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class AlertResource {

    /** One startup's alerts on the form. */
    @TemplateData
    public record Row(Startup startup, AlertSubscription subscription) {
        public String weeklyField() {
            return "weekly_" + startup.id;
        }

        public String thresholdField() {
            return "threshold_" + startup.id;
        }

        public String deadlinesField() {
            return "deadlines_" + startup.id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(List<Row> rows, Form form, List<Option> thresholds);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @GET
    public TemplateInstance page(@RestQuery String saved) {
        List<Row> rows = rows();
        Form form = ui.form();
        for (Row r : rows) {
            long id = r.startup().id;
            form.check("weekly_" + id, r.subscription().weekly).set("threshold_" + id, r.subscription().threshold)
                    .check("deadlines_" + id, r.subscription().deadlines);
        }
        if (saved != null) {
            form.notice(ui.messages(NetworkingMessages.class).alerts_saved());
        }
        return Templates.alerts(rows, form, thresholds());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        List<Row> rows = rows();
        for (Row r : rows) {
            long id = r.startup().id;
            Integer threshold = form.integer("threshold_" + id, 0, 100, false);
            if (threshold != null && !AlertSubscription.THRESHOLDS.contains(threshold)) {
                form.reject("threshold_" + id, form.messages().form_error_code());
            }
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.alerts(rows, form, thresholds())).build();
        }
        for (Row r : rows) {
            long id = r.startup().id;
            Integer threshold = form.integer("threshold_" + id, 0, 100, false);
            AlertChoices.choose(user.id(), id, form.checked("weekly_" + id), threshold == null ? AlertSubscription.DEFAULT_THRESHOLD : threshold,
                    form.checked("deadlines_" + id));
        }
        return Response.seeOther(URI.create("/me/alerts?saved=1")).build();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Startup s : Startup.ownedBy(user.id())) {
            rows.add(new Row(s, AlertSubscription.of(user.id(), s.id)));
        }
        return rows;
    }

    private List<Option> thresholds() {
        NetworkingMessages msg = ui.messages(NetworkingMessages.class);
        return AlertSubscription.THRESHOLDS.stream().map(t -> new Option(String.valueOf(t), msg.alerts_threshold(t))).toList();
    }

}
