package ml.jigi.startup;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
        Sector sectorCode = Pager.code(Sector.class, sector);
        Region regionCode = Pager.code(Region.class, region);
        StartupDirectory directory = StartupDirectory.of(sectorCode, regionCode);
        long total = directory.total();
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/startups", "sector", sectorCode, "region", regionCode);
        List<Startup> startups = directory.page(pager.index(), PAGE_SIZE);
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
