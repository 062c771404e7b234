package ml.jigi.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.code.CodeMessages;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Chart;
import ml.jigi.web.Csv;
import ml.jigi.web.Dates;
import ml.jigi.web.Form;
import ml.jigi.web.Period;
import ml.jigi.web.UiLocale;

/**
 * AGETIC's impact page (`/admin/impact`, `/admin/impact.csv`): what accepted startups reported for
 * a period, by region, sector, stage, women-led and accelerator, with each program's response rate.
 * Every chart has its table beside it.
 */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    /** Accelerators and programs shown on the page (the CSV has them all). */
    static final int SHOWN = 20;

    /** One breakdown: a chart of jobs and the table of every figure. */
    @TemplateData
    public record Breakdown(String id, String title, Chart chart, List<Row> rows) {
    }

    /** One line of a breakdown's table, labelled in the page's language. */
    @TemplateData
    public record Row(String code, String label, Impact.Cell cell) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Form period, Impact.Figures figures, Chart funding, List<Breakdown> breakdowns,
                List<Impact.Response> responses, int moreResponses, String csv);
    }

    @Inject
    UiLocale ui;

    @Inject
    Impact impact;

    @GET
    @Path("impact")
    public Response page(@RestQuery String from, @RestQuery String to) {
        Form period = ui.form(Period.fields(from, to));
        LocalDate[] range = Period.range(period);
        Impact.Figures f = impact.of(range[0], range[1], Dates.today());
        MonitoringMessages msg = ui.messages(MonitoringMessages.class);
        CodeMessages codes = ui.messages(CodeMessages.class);
        List<FundingKind> kinds = List.of(FundingKind.grant, FundingKind.equity, FundingKind.debt, FundingKind.prize);
        Chart funding = Chart.of("funding-kind", msg.impact_funding_by_kind(), msg.impact_col_funding(),
                kinds.stream().map(msg::funding_kind).toList(), kinds.stream().map(k -> f.fundingByKind().get(k)).toList(),
                kinds.stream().map(k -> grouped(f.fundingByKind().get(k)) + " FCFA").toList());
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown("region", msg.impact_by_region(), msg, f.byRegion(), c -> codes.region(Region.valueOf(c.code))));
        breakdowns.add(breakdown("sector", msg.impact_by_sector(), msg, f.bySector(), c -> codes.sector(Sector.valueOf(c.code))));
        breakdowns.add(breakdown("stage", msg.impact_by_stage(), msg, f.byStage(), c -> codes.stage(Stage.valueOf(c.code))));
        breakdowns.add(breakdown("women-led", msg.impact_by_women_led(), msg, f.byWomenLed(),
                c -> "women_led".equals(c.code) ? msg.impact_women_led() : msg.impact_not_women_led()));
        List<Impact.Cell> accelerators = f.byAccelerator().subList(0, Math.min(SHOWN, f.byAccelerator().size()));
        breakdowns.add(breakdown("accelerator", msg.impact_by_accelerator(), msg, accelerators, c -> c.name));
        List<Impact.Response> responses = f.responses().subList(0, Math.min(SHOWN, f.responses().size()));
        String csv = "/admin/impact.csv?from=" + f.from() + "&to=" + f.to();
        return Response.status(period.hasErrors() ? 422 : 200).entity(Templates.impact(period, f, funding, breakdowns,
                responses, f.responses().size() - responses.size(), csv)).build();
    }

    @GET
    @Path("impact.csv")
    @Produces("text/csv")
    public Response csv(@RestQuery String from, @RestQuery String to) throws IOException {
        LocalDate[] range = Period.range(ui.form(Period.fields(from, to)));
        Impact.Figures f = impact.of(range[0], range[1], Dates.today());
        char sep = Csv.separator(ui.code());
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        Csv.line(w, sep, List.of("section", "code", "name", "startups", "jobs_total", "jobs_women", "jobs_youth",
                "funding_raised_xof", "year_due", "year_active", "reports_due", "reports_on_time", "reports_submitted"));
        cells(w, sep, "all", List.of(f.all()));
        for (Map.Entry<FundingKind, Long> k : f.fundingByKind().entrySet()) {
            Csv.line(w, sep, List.of("funding_kind", k.getKey().name(), "", "", "", "", "", String.valueOf(k.getValue()),
                    "", "", "", "", ""));
        }
        cells(w, sep, "region", f.byRegion());
        cells(w, sep, "sector", f.bySector());
        cells(w, sep, "stage", f.byStage());
        cells(w, sep, "women_led", f.byWomenLed());
        cells(w, sep, "accelerator", f.byAccelerator());
        for (Impact.Response r : f.responses()) {
            Csv.line(w, sep, List.of("response", "", r.program() + " (" + r.organization() + ")", "", "", "", "", "", "", "",
                    String.valueOf(r.due()), String.valueOf(r.onTime()), String.valueOf(r.submitted())));
        }
        return Response.ok(w.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"jigi-impact-" + f.from() + "-" + f.to() + ".csv\"").build();
    }

    private static void cells(StringWriter w, char sep, String section, List<Impact.Cell> cells) throws IOException {
        for (Impact.Cell c : cells) {
            Csv.line(w, sep, List.of(section, c.code, c.name == null ? "" : c.name, String.valueOf(c.startups),
                    String.valueOf(c.jobsTotal), String.valueOf(c.jobsWomen), String.valueOf(c.jobsYouth),
                    String.valueOf(c.funding), String.valueOf(c.yearDue), String.valueOf(c.yearActive), "", "", ""));
        }
    }

    private Breakdown breakdown(String id, String title, MonitoringMessages msg, List<Impact.Cell> cells,
            Function<Impact.Cell, String> label) {
        List<Row> rows = cells.stream().map(c -> new Row(c.code, label.apply(c), c)).toList();
        Chart chart = Chart.of("jobs-by-" + id, msg.impact_jobs_chart(title), msg.impact_col_jobs(),
                rows.stream().map(Row::label).toList(), cells.stream().map(c -> c.jobsTotal).toList(),
                cells.stream().map(c -> grouped(c.jobsTotal)).toList());
        return new Breakdown(id, title, chart, rows);
    }

    private String grouped(long n) {
        return java.text.NumberFormat.getIntegerInstance(ui.locale()).format(n);
    }

}
