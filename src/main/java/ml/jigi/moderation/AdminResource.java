package ml.jigi.moderation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.code.CodeMessages;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Chart;
import ml.jigi.web.Form;
import ml.jigi.web.Period;
import ml.jigi.web.UiLocale;

/** `/admin`: the AGETIC administrators' home. */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @Inject
    ml.jigi.notification.MailTexts mailTexts;


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long accounts, Form period, Ecosystem.Figures figures, List<Chart> charts,
                String csv);

        static native TemplateInstance mailbox(java.util.List<MailView> mails);
    }

    /** A mail of the outbox as the mailbox page shows it, in its recipient's language. */
    @io.quarkus.qute.TemplateData
    public record MailView(ml.jigi.notification.OutboxMail mail, String subject, String body) {
    }

    /**
     * `/admin/mailbox`: the last 100 mails of the outbox, sent or waiting, as their recipients read
     * them. With `bin/jigi run` (JIGI_MAIL_MOCK=true) this is where mail can be read.
     */
    @GET
    @jakarta.ws.rs.Path("mailbox")
    public TemplateInstance mailbox() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<MailView> mails = ml.jigi.notification.OutboxMail.<ml.jigi.notification.OutboxMail>find(
                "order by id desc").page(0, 100).list().stream().map(m -> {
                    try {
                        java.util.Map<String, String> payload = json.readValue(m.payload,
                                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() {
                                });
                        var text = mailTexts.render(m.template, m.locale, payload);
                        return new MailView(m, text.subject(), text.body());
                    } catch (Exception e) {
                        return new MailView(m, m.template, m.payload);
                    }
                }).toList();
        return Templates.mailbox(mails);
    }

    /** Bars from labels and values; the longest value fills the chart. */
    static Chart chart(String id, String title, String column, List<String> labels, List<Long> values, List<String> shown) {
        return Chart.of(id, title, column, labels, values, shown);
    }

    @Inject
    UiLocale ui;

    @Inject
    Ecosystem ecosystem;

    @GET
    public Response dashboard(@RestQuery String from, @RestQuery String to) {
        Form period = ui.form(Period.fields(from, to));
        LocalDate[] range = Period.range(period);
        Ecosystem.Figures f = ecosystem.of(range[0], range[1]);
        CodeMessages codes = ui.messages(CodeMessages.class);
        AdminMessages msg = ui.messages(AdminMessages.class);
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("by-region", msg.dashboard_by_region(), msg.dashboard_col_startups(),
                f.byRegion().stream().map(c -> codes.region(Region.valueOf(c.code()))).toList(), values(f.byRegion()),
                shown(f.byRegion())));
        charts.add(chart("by-sector", msg.dashboard_by_sector(), msg.dashboard_col_startups(),
                f.bySector().stream().map(c -> codes.sector(Sector.valueOf(c.code()))).toList(), values(f.bySector()),
                shown(f.bySector())));
        charts.add(chart("by-stage", msg.dashboard_by_stage(), msg.dashboard_col_startups(),
                f.byStage().stream().map(c -> codes.stage(Stage.valueOf(c.code()))).toList(), values(f.byStage()),
                shown(f.byStage())));
        charts.add(chart("funnel", msg.dashboard_funnel(), msg.dashboard_col_applications(),
                List.of(msg.dashboard_funnel_submitted(), msg.dashboard_funnel_shortlisted(), msg.dashboard_funnel_accepted()),
                List.of(f.funnel().submitted(), f.funnel().shortlisted(), f.funnel().accepted()),
                List.of(String.valueOf(f.funnel().submitted()), String.valueOf(f.funnel().shortlisted()),
                        String.valueOf(f.funnel().accepted()))));
        charts.add(chart("rate-region", msg.dashboard_rate_region(), msg.dashboard_col_rate(),
                f.rateByRegion().stream().map(r -> codes.region(Region.valueOf(r.code()))).toList(),
                f.rateByRegion().stream().map(r -> (long) r.percent()).toList(),
                f.rateByRegion().stream().map(r -> msg.dashboard_rate(r.percent(), r.accepted(), r.decided())).toList()));
        charts.add(chart("rate-women", msg.dashboard_rate_women(), msg.dashboard_col_rate(),
                List.of(msg.dashboard_women_led(), msg.dashboard_not_women_led()),
                f.rateByWomenLed().stream().map(r -> (long) r.percent()).toList(),
                f.rateByWomenLed().stream().map(r -> msg.dashboard_rate(r.percent(), r.accepted(), r.decided())).toList()));
        String csv = "/admin/dashboard.csv?from=" + f.from() + "&to=" + f.to();
        TemplateInstance page = Templates.dashboard(Account.count("status", AccountStatus.active), period, f, charts, csv);
        return Response.status(period.hasErrors() ? 422 : 200).entity(page).build();
    }

    /** The same figures as CSV: section, code, value (a rate as accepted and decided). */
    @GET
    @Path("dashboard.csv")
    @Produces("text/csv")
    public Response dashboardCsv(@RestQuery String from, @RestQuery String to) {
        LocalDate[] range = Period.range(ui.form(Period.fields(from, to)));
        Ecosystem.Figures f = ecosystem.of(range[0], range[1]);
        char sep = ml.jigi.web.Csv.separator(ui.code());
        StringBuilder csv = new StringBuilder("\uFEFF" + String.join(String.valueOf(sep), "section", "code", "value", "of") + "\r\n");
        java.util.function.BiConsumer<String, List<Ecosystem.Count>> counts = (section, list) -> list
                .forEach(c -> csv.append(section).append(sep).append(c.code()).append(sep).append(c.value()).append(sep + "\r\n"));
        csv.append("startups" + sep + "all" + sep).append(f.startups()).append(sep + "\r\n");
        csv.append("startups" + sep + "women_led" + sep).append(f.womenLed()).append(sep).append(f.startups()).append("\r\n");
        csv.append("startups" + sep + "youth_led" + sep).append(f.youthLed()).append(sep).append(f.startups()).append("\r\n");
        csv.append("programs" + sep + "open_today" + sep).append(f.programsOpen()).append(sep + "\r\n");
        counts.accept("region", f.byRegion());
        counts.accept("sector", f.bySector());
        counts.accept("stage", f.byStage());
        csv.append("funnel" + sep + "submitted" + sep).append(f.funnel().submitted()).append(sep + "\r\n");
        csv.append("funnel" + sep + "shortlisted" + sep).append(f.funnel().shortlisted()).append(sep).append(f.funnel().submitted()).append("\r\n");
        csv.append("funnel" + sep + "accepted" + sep).append(f.funnel().accepted()).append(sep).append(f.funnel().submitted()).append("\r\n");
        for (Ecosystem.Funnel p : f.perProgram()) {
            csv.append("program_submitted" + sep).append(p.code()).append(sep).append(p.submitted()).append(sep + "\r\n");
            csv.append("program_shortlisted" + sep).append(p.code()).append(sep).append(p.shortlisted()).append(sep)
                    .append(p.submitted()).append("\r\n");
            csv.append("program_accepted" + sep).append(p.code()).append(sep).append(p.accepted()).append(sep)
                    .append(p.submitted()).append("\r\n");
        }
        for (Ecosystem.Rate r : f.rateByRegion()) {
            csv.append("accepted_by_region" + sep).append(r.code()).append(sep).append(r.accepted()).append(sep).append(r.decided())
                    .append("\r\n");
        }
        for (Ecosystem.Rate r : f.rateByWomenLed()) {
            csv.append("accepted_by_women_led" + sep).append(r.code()).append(sep).append(r.accepted()).append(sep)
                    .append(r.decided()).append("\r\n");
        }
        for (Ecosystem.Introductions i : f.introductions()) {
            csv.append("introductions_accepted" + sep).append(i.kind()).append(sep).append(i.accepted()).append(sep)
                    .append(i.requested()).append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"jigi-ecosystem-" + f.from() + "-" + f.to() + ".csv\"").build();
    }

    static List<Long> values(List<Ecosystem.Count> counts) {
        return counts.stream().map(Ecosystem.Count::value).toList();
    }

    static List<String> shown(List<Ecosystem.Count> counts) {
        return counts.stream().map(c -> String.valueOf(c.value())).toList();
    }
}
