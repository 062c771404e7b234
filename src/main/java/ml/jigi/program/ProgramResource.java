package ml.jigi.program;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.startup.Region;
import ml.jigi.startup.Sector;
import ml.jigi.startup.Stage;
import ml.jigi.web.Dates;
import ml.jigi.web.Pager;

/** The public program catalog and program pages. Any query string gives a normal page. */
@Path("/programs")
@Produces(MediaType.TEXT_HTML)
public class ProgramResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Program> programs, Pager pager, ProgramCatalog.Filters filters,
                String q, LocalDate today);

        static native TemplateInstance show(Program program, LocalDate today, boolean preview);
    }

    @Inject
    ProgramCatalog catalog;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String sector, @RestQuery String stage,
            @RestQuery String region, @RestQuery String format, @RestQuery String open, @RestQuery String page) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        ProgramCatalog.Filters filters = new ProgramCatalog.Filters(query, Pager.code(Sector.class, sector),
                Pager.code(Stage.class, stage), Pager.code(Region.class, region), Pager.code(ProgramFormat.class, format),
                "1".equals(open) || "on".equals(open) || "true".equals(open));
        LocalDate today = Dates.today();
        Pager pager = Pager.of(page, ProgramCatalog.PAGE_SIZE, catalog.count(filters, today), "/programs", "q", query,
                "sector", filters.sector(), "stage", filters.stage(), "region", filters.region(), "format",
                filters.format(), "open", filters.open() ? "1" : null);
        List<Program> programs = pager.total() == 0 ? List.of() : catalog.page(filters, pager.index(), today);
        return Templates.list(programs, pager, filters, query, today);
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Program program = Program.findPublic(slug).filter(p -> p.organization.isPublic())
                .orElseThrow(NotFoundException::new);
        return Templates.show(program, Dates.today(), false);
    }
}
