package ml.jigi.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.ApiCache;
import ml.jigi.web.Dates;
import ml.jigi.web.Pager;

/**
 * The public read API of programs and organizations: what the public pages show, as JSON with
 * stable field names (docs/api.md), cacheable (ETag, a minute), for anyone, within a rate limit.
 */
@Path("/api")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProgramApiResource {

    @Schema(description = "A program as the catalog lists it")
    public record ProgramSummaryJson(@Schema(examples = "rwl-global-connect-2027") String slug, String title, String summary,
            @Schema(description = "The organization's slug") String organization, String organizationName,
            @Schema(description = "in_person, remote or hybrid") String format, String city,
            @Schema(description = "Sector codes; empty: every sector") List<String> sectors,
            @Schema(description = "Stage codes; empty: every stage") List<String> stages,
            @Schema(description = "Region codes; empty: anywhere") List<String> regions, LocalDate opensAt,
            LocalDate deadline, @Schema(description = "Open for applications today") boolean open) {
    }

    @Schema(description = "A page of programs and the address of the next one (null on the last page)")
    public record ProgramPageJson(long total, int page, List<ProgramSummaryJson> items,
            @Schema(examples = "/api/programs?sector=agritech&page=2") String next) {
    }

    @Schema(description = "A program as its public page shows it")
    public record ProgramJson(String slug, String title, String summary, String description, String organization,
            String organizationName, String format, String city, List<String> sectors, List<String> stages,
            List<String> regions, boolean womenOnly, Integer minTeamSize, boolean requiresIncorporation,
            List<String> offers, @Schema(description = "FCFA") Long fundingAmount, BigDecimal equityPercent,
            List<String> languages, LocalDate opensAt, LocalDate deadline, LocalDate startsAt, Integer seats,
            @Schema(description = "published or closed") String status, boolean open) {
    }

    @Schema(description = "An organization as its public page shows it")
    public record OrganizationJson(String slug, String name, @Schema(description = "accelerator, incubator, corporate, "
            + "investor, mentor_network, public_agency or ngo") String kind, String country, String website,
            String description, boolean verified, List<ProgramSummaryJson> programs) {
    }

    @Inject
    ProgramCatalog catalog;

    @Inject
    ObjectMapper json;

    @GET
    @Path("programs")
    @Operation(summary = "Published programs", description = "The catalog's filters; 20 a page, newest deadlines first as "
            + "on /programs.")
    public Response programs(@Parameter(description = "Words that must all appear") @RestQuery String q,
            @RestQuery String sector, @RestQuery String stage, @RestQuery String region, @RestQuery String format,
            @Parameter(description = "1: only those open today") @RestQuery String open,
            @Parameter(description = "From 1") @RestQuery String page, @Context HttpHeaders headers) {
        String query = q == null ? "" : q.strip();
        ProgramCatalog.Filters filters = new ProgramCatalog.Filters(query.length() > 100 ? query.substring(0, 100) : query,
                Pager.code(Sector.class, sector), Pager.code(Stage.class, stage), Pager.code(Region.class, region),
                Pager.code(ProgramFormat.class, format), "1".equals(open) || "true".equals(open));
        LocalDate today = Dates.today();
        int index = Pager.index(page);
        ProgramCatalog.Page found = catalog.search(filters, index, today);
        List<ProgramSummaryJson> items = found.entries().stream().map(e -> summary(e, today)).toList();
        String next = (long) (index + 1) * ProgramCatalog.PAGE_SIZE < found.total() ? "/api/programs?" + query(filters, index + 2)
                : null;
        return ApiCache.of(json, headers, new ProgramPageJson(found.total(), index + 1, items, next));
    }

    @GET
    @Path("programs/{slug}")
    @Operation(summary = "One published program")
    public Response program(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        Program p = Program.findPublic(slug).orElseThrow(NotFoundException::new);
        LocalDate today = Dates.today();
        return ApiCache.of(json, headers, new ProgramJson(p.slug, p.title, p.summary, p.description, p.organization.slug,
                p.organization.name, p.format.name(), p.city, codes(p.sectors), codes(p.stages), codes(p.regions), p.womenOnly,
                p.minTeamSize, p.requiresIncorporation, codes(p.offers), p.fundingAmount, p.equityPercent, codes(p.languages),
                p.opensAt, p.deadline, p.startsAt, p.seats, p.status.name(),
                Deadline.isOpen(p.status, p.opensAt, p.deadline, today)));
    }

    @GET
    @Path("organizations/{slug}")
    @Operation(summary = "One approved organization, with its published programs")
    public Response organization(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        Organization o = Organization.findPublic(slug).orElseThrow(NotFoundException::new);
        LocalDate today = Dates.today();
        List<ProgramSummaryJson> programs = all(today).stream().filter(e -> e.organizationSlug().equals(o.slug))
                .map(e -> summary(e, today)).toList();
        return ApiCache.of(json, headers, new OrganizationJson(o.slug, o.name, o.kind.name(), o.country, o.website,
                o.description, o.verified, programs));
    }

    private List<ProgramCatalog.Entry> all(LocalDate today) {
        ProgramCatalog.Filters none = new ProgramCatalog.Filters("", null, null, null, null, false);
        ProgramCatalog.Page first = catalog.search(none, 0, today);
        List<ProgramCatalog.Entry> entries = new java.util.ArrayList<>(first.entries());
        for (int i = 1; (long) i * ProgramCatalog.PAGE_SIZE < first.total(); i++) {
            entries.addAll(catalog.search(none, i, today).entries());
        }
        return entries;
    }

    static ProgramSummaryJson summary(ProgramCatalog.Entry e, LocalDate today) {
        return new ProgramSummaryJson(e.slug(), e.title(), e.summary(), e.organizationSlug(), e.organizationName(),
                e.format().name(), e.city(), codes(e.sectors()), codes(e.stages()), codes(e.regions()), e.opensAt(), e.deadline(),
                e.isOpenOn(today));
    }

    static List<String> codes(java.util.Set<? extends Enum<?>> set) {
        return set.stream().map(x -> x instanceof ml.jigi.code.Band b ? b.code() : x.name()).sorted().toList();
    }

    static String query(ProgramCatalog.Filters f, int page) {
        StringBuilder q = new StringBuilder();
        java.util.function.BiConsumer<String, Object> add = (k, v) -> {
            if (v != null && !v.toString().isEmpty()) {
                q.append(q.length() == 0 ? "" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        add.accept("q", f.q());
        add.accept("sector", f.sector());
        add.accept("stage", f.stage());
        add.accept("region", f.region());
        add.accept("format", f.format());
        add.accept("open", f.open() ? "1" : null);
        add.accept("page", page);
        return q.toString();
    }

}
