package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.web.Dates;

/**
 * `/api/impact`: the impact figures as open data, for anyone. A cell describing fewer than
 * {@value #MINIMUM} startups is suppressed (its figures are null and it says so), so that no
 * published number tells about one startup (docs/monitoring.md).
 */
@Path("/api/impact")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact")
public class ImpactApiResource {

    /** The fewest startups a published cell may describe. */
    public static final int MINIMUM = 5;

    @Schema(description = "The figures of a group of startups; all null and suppressed=true when the group has fewer "
            + "than 5 startups")
    public record CellJson(@Schema(description = "The group's code (a region, sector, stage, women_led or "
            + "not_women_led, an accelerator's slug, or all)", examples = "bamako") String code,
            @Schema(description = "The accelerator's name, for accelerators") String name,
            boolean suppressed,
            @Schema(description = "Startups that submitted a report due in the period") Long startups,
            @Schema(description = "People employed, from each startup's last report of the period") Long jobsTotal,
            Long jobsWomen, Long jobsYouth,
            @Schema(description = "Money raised in the period, FCFA") Long fundingRaisedXof,
            @Schema(description = "Startups whose report 12 months after acceptance fell due in the period") Long yearDue,
            @Schema(description = "Of those, startups that submitted it (still active)") Long yearActive) {
    }

    @Schema(description = "The ecosystem's impact for a period")
    public record ImpactJson(LocalDate from, LocalDate to,
            @Schema(description = "Cells with fewer startups than this are suppressed") int minimumStartups,
            CellJson all,
            @Schema(description = "Money raised by kind (grant, equity, debt, prize), FCFA; null when all is suppressed")
            Map<String, Long> fundingByKind,
            List<CellJson> byRegion, List<CellJson> bySector, List<CellJson> byStage, List<CellJson> byWomenLed,
            List<CellJson> byAccelerator) {
    }

    @jakarta.inject.Inject
    Impact impact;

    @GET
    @Operation(summary = "Jobs, money raised and survival of accelerated startups", description = "From the progress "
            + "reports startups send their programs, for a period (default: the last 12 months). Public; cells of fewer "
            + "than 5 startups are suppressed.")
    public Response get(@Parameter(description = "First day, YYYY-MM-DD") @RestQuery String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @RestQuery String to) {
        LocalDate today = Dates.today();
        LocalDate end = parse(to, today);
        LocalDate start = parse(from, end.minusYears(1).plusDays(1));
        if (start.isAfter(end) || start.isBefore(end.minusYears(10))) {
            throw new BadRequestException("from must be before to, at most 10 years apart");
        }
        Impact.Figures f = impact.of(start, end, today);
        CellJson all = json(f.all());
        Map<String, Long> kinds = null;
        if (!all.suppressed()) {
            kinds = new LinkedHashMap<>();
            for (FundingKind k : List.of(FundingKind.grant, FundingKind.equity, FundingKind.debt, FundingKind.prize)) {
                kinds.put(k.name(), f.fundingByKind().get(k));
            }
        }
        ImpactJson body = new ImpactJson(f.from(), f.to(), MINIMUM, all, kinds, list(f.byRegion()), list(f.bySector()),
                list(f.byStage()), list(f.byWomenLed()), list(f.byAccelerator()));
        return Response.ok(body).header("Cache-Control", "public, max-age=300").build();
    }

    private static LocalDate parse(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate d = Dates.parse(text.strip());
        if (d == null) {
            throw new BadRequestException("Dates are YYYY-MM-DD");
        }
        return d;
    }

    static List<CellJson> list(List<Impact.Cell> cells) {
        return cells.stream().map(ImpactApiResource::json).toList();
    }

    static CellJson json(Impact.Cell c) {
        if (c.startups < MINIMUM) {
            return new CellJson(c.code, c.name, true, null, null, null, null, null, null, null);
        }
        boolean yearShown = c.yearDue >= MINIMUM;
        return new CellJson(c.code, c.name, false, c.startups, c.jobsTotal, c.jobsWomen, c.jobsYouth, c.funding,
                yearShown ? c.yearDue : null, yearShown ? c.yearActive : null);
    }
}
