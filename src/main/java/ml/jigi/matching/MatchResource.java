package ml.jigi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.CurrentUser;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Pager;
import ml.jigi.web.RenderedFragments;
import ml.jigi.web.UiLocale;

/**
 * `/my/matches`: for each of the founder's startups, the programs open today, eligible first, then
 * by score; the first ten each, or one startup's whole list, twenty a page.
 */
@Path("/my/matches")
@RolesAllowed("founder")
@Produces(MediaType.TEXT_HTML)
public class MatchResource {

    static final int PREVIEW = 10;
    static final int PAGE_SIZE = 20;

    /** One startup's recommendations on the page. */
    @TemplateData
    record Section(Startup startup, List<MatchViews.ProgramRow> rows, long total, Pager pager) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matches(RawString content);

        static native TemplateInstance sections(List<Section> sections, boolean single, LocalDate today);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    MatchService matches;

    @Inject
    RenderedFragments fragments;

    @GET
    public TemplateInstance page(@RestQuery String startup, @RestQuery String page) {
        List<Startup> owned = Startup.ownedBy(user.id());
        Long only = parse(startup);
        List<Startup> shown = only == null ? owned : owned.stream().filter(s -> s.id.equals(only)).toList();
        LocalDate today = Dates.today();
        StringBuilder key = new StringBuilder("matches|").append(matches.programsStamp()).append('|').append(today)
                .append('|').append(ui.code()).append('|').append(only).append('|').append(Pager.index(page));
        shown.forEach(s -> key.append('|').append(s.id).append(':').append(s.version));
        return Templates.matches(fragments.get(key.toString(),
                () -> Templates.sections(sections(shown, only, page, today), only != null, today).render()));
    }

    private List<Section> sections(List<Startup> shown, Long only, String page, LocalDate today) {
        ReasonTexts texts = MatchViews.texts(ui);
        List<Section> sections = new ArrayList<>();
        for (Startup s : shown) {
            StartupFeatures features = StartupFeatures.of(s);
            List<MatchService.RankedProgram> all = matches.programsFor(features, today);
            Pager pager = Pager.of(page, PAGE_SIZE, all.size(), "/my/matches", "startup", s.id);
            int from = only == null ? 0 : pager.index() * PAGE_SIZE;
            int to = Math.min(all.size(), from + (only == null ? PREVIEW : PAGE_SIZE));
            List<MatchViews.ProgramRow> rows = all.subList(from, to).stream()
                    .map(r -> MatchViews.programRow(matches.explain(features, r.program(), today), r.program(),
                            matches.custom(r.program()), texts)).toList();
            sections.add(new Section(s, rows, all.size(), pager));
        }
        return sections;
    }

    static Long parse(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
