package ml.jigi.startup;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.file.Files;
import ml.jigi.web.Pager;

/** The public startup directory: approved profiles whose owners chose to be visible. */
@Path("/startups")
@Produces(MediaType.TEXT_HTML)
public class StartupResource {

    static final int PAGE_SIZE = 20;

    @jakarta.inject.Inject
    StartupPagePanel panel;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Startup> startups, Pager pager, String sector, String region);

        static native TemplateInstance show(Startup startup, io.quarkus.qute.RawString panel);
    }

    @GET
    public TemplateInstance list(@RestQuery String sector, @RestQuery String region, @RestQuery String page) {
        StringBuilder where = new StringBuilder("moderationStatus = :approved and visibility = :visible");
        Parameters params = Parameters.with("approved", ModerationStatus.approved).and("visible", Visibility.visible);
        Sector sectorCode = Pager.code(Sector.class, sector);
        Region regionCode = Pager.code(Region.class, region);
        if (sectorCode != null) {
            where.append(" and concat(',', sectors, ',') like :sector");
            params.and("sector", "%," + sectorCode.name() + ",%");
        }
        if (regionCode != null) {
            where.append(" and region = :region");
            params.and("region", regionCode);
        }
        long total = Startup.count(where.toString(), params);
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/startups", "sector", sectorCode, "region", regionCode);
        List<Startup> startups = Startup.<Startup>find(where + " order by name", params)
                .page(Page.of(pager.index(), PAGE_SIZE)).list();
        return Templates.list(startups, pager, sectorCode == null ? "" : sectorCode.name(),
                regionCode == null ? "" : regionCode.name());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Startup startup = Startup.findPublic(slug).orElseThrow(NotFoundException::new);
        return Templates.show(startup, panel.render(startup));
    }

    @GET
    @Path("{slug}/logo")
    public Response logo(@PathParam("slug") String slug) {
        return Files.serve(Startup.findPublic(slug).orElseThrow(NotFoundException::new).logoFileId, false, true);
    }
}
