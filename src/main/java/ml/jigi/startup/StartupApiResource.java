package ml.jigi.startup;

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
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.web.ApiCache;
import ml.jigi.web.Pager;

/**
 * The public read API of startups: approved profiles whose owners chose to be visible, with what the
 * public page shows only — never a phone, an email, a file or a private field (docs/api.md).
 */
@Path("/api") // beside the matching API's /api/startups/{slug}/matches: one class path for both
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class StartupApiResource {

    static final int PAGE_SIZE = 20;

    @Schema(description = "A startup as its public page shows it (no contact, no file, nothing private)")
    public record StartupJson(@Schema(examples = "kene-bio") String slug, String name, String tagline, String description,
            @Schema(description = "Sector codes") List<String> sectors, String stage, String region, String city,
            Integer foundedYear, int teamSize, boolean womenLed, boolean youthLed, boolean incorporated,
            @Schema(description = "Need codes") List<String> needs, List<String> languages, String website) {
    }

    @Schema(description = "A page of startups and the address of the next one (null on the last page)")
    public record StartupPageJson(long total, int page, List<StartupJson> items, String next) {
    }

    @Inject
    ObjectMapper json;

    @GET
    @Path("startups")
    @Operation(summary = "Public startups", description = "Approved, visible profiles by name, 20 a page; filters as on /startups.")
    public Response list(@RestQuery String sector, @RestQuery String region,
            @Parameter(description = "From 1") @RestQuery String page, @Context HttpHeaders headers) {
        Sector sectorCode = Pager.code(Sector.class, sector);
        Region regionCode = Pager.code(Region.class, region);
        StartupDirectory directory = StartupDirectory.of(sectorCode, regionCode);
        int index = Math.min(Pager.index(page), 1_000_000); // a page far past the end is empty, never an overflow
        long total = directory.total();
        List<StartupJson> items = directory.page(index, PAGE_SIZE).stream().map(StartupApiResource::json).toList();
        String next = null;
        if ((long) (index + 1) * PAGE_SIZE < total) {
            next = "/api/startups?" + (sectorCode == null ? "" : "sector=" + sectorCode + "&")
                    + (regionCode == null ? "" : "region=" + regionCode + "&") + "page=" + (index + 2);
        }
        return ApiCache.of(json, headers, new StartupPageJson(total, index + 1, items, next));
    }

    @GET
    @Path("startups/{slug}")
    @Operation(summary = "One public startup")
    public Response one(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        return ApiCache.of(json, headers, json(Startup.findPublic(slug).orElseThrow(NotFoundException::new)));
    }

    static StartupJson json(Startup s) {
        return new StartupJson(s.slug, s.name, s.tagline, s.description, names(s.sectors), s.stage.name(), s.region.name(),
                s.city, s.foundedYear, s.teamSize, s.womenLed, s.youthLed, s.incorporated, names(s.needs), names(s.languages),
                s.website);
    }

    static List<String> names(java.util.Set<? extends Enum<?>> set) {
        return set.stream().map(Enum::name).sorted().toList();
    }
}
