package ml.jigi.program;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Dates;
import ml.jigi.web.Outage;
import ml.jigi.web.Pager;
import ml.jigi.web.RenderedFragments;
import ml.jigi.web.UiLocale;

/** The public program catalog and program pages. Any query string gives a normal page. */
@Path("/programs")
@Produces(MediaType.TEXT_HTML)
public class ProgramResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(RawString results, boolean stale);

        static native TemplateInstance lastKnown(ProgramCatalog.Entry p, LocalDate today);

        static native TemplateInstance results(List<ProgramCatalog.Entry> programs, Pager pager,
                ProgramCatalog.Filters filters, String q, String sector, String stage, String region, String format,
                LocalDate today);

        static native TemplateInstance show(Program program, LocalDate today, boolean preview,
                io.quarkus.qute.RawString fit);
    }

    @Inject
    ProgramCatalog catalog;

    @Inject
    UiLocale ui;

    @Inject
    RenderedFragments fragments;

    @Inject
    ProgramPagePanel fit;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String sector, @RestQuery String stage,
            @RestQuery String region, @RestQuery String format, @RestQuery String open, @RestQuery String page) {
        String stripped = q == null ? "" : q.strip();
        String query = stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
        ProgramCatalog.Filters filters = new ProgramCatalog.Filters(query, Pager.code(Sector.class, sector),
                Pager.code(Stage.class, stage), Pager.code(Region.class, region), Pager.code(ProgramFormat.class, format),
                "1".equals(open) || "on".equals(open) || "true".equals(open));
        LocalDate today = Dates.today();
        int asked = Pager.index(page);
        RawString results = fragments.get(catalog.pageKey(filters, asked, today, ui.code()), () -> {
            ProgramCatalog.Page found = catalog.search(filters, asked, today);
            Pager pager = Pager.of(page, ProgramCatalog.PAGE_SIZE, found.total(), "/programs", "q", query,
                    "sector", filters.sector(), "stage", filters.stage(), "region", filters.region(), "format",
                    filters.format(), "open", filters.open() ? "1" : null);
            List<ProgramCatalog.Entry> shown = pager.index() == asked ? found.entries()
                    : catalog.search(filters, pager.index(), today).entries();
            return Templates.results(shown, pager, filters, query, code(filters.sector()),
                    code(filters.stage()), code(filters.region()), code(filters.format()), today).render();
        });
        return Templates.list(results, catalog.isStale());
    }

    static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        LocalDate today = Dates.today();
        Program program;
        try {
            program = Program.findPublic(slug).orElseThrow(NotFoundException::new);
        } catch (RuntimeException e) {
            // The database is out of reach: the program as the catalog last read it, if it was public.
            if (Outage.isDatabaseUnavailable(e)) {
                ProgramCatalog.Entry known = catalog.lastKnown(slug).orElseThrow(() -> e);
                return Templates.lastKnown(known, today);
            }
            throw e;
        }
        return Templates.show(program, today, false, fit.render(program, today));
    }
}
