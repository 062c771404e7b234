package ml.jigi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.UiLocale;

/**
 * Matches as JSON, with the reasons as codes, points and text in the request's language (the
 * jigi_lang cookie, French by default). A startup's matches are for its founders and admins; a
 * program's for its managers and admins; anyone else gets a 404.
 */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchApiResource {

    static final int MAX_LIMIT = 500;

    public record ReasonJson(String code, int points, String text) {
    }

    public record ProgramMatchJson(String program, String title, int total, boolean eligible, List<ReasonJson> reasons) {
    }

    public record StartupMatchJson(String startup, String name, int total, boolean eligible, List<ReasonJson> reasons) {
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    MatchService matches;

    @GET
    @Path("startups/{slug}/matches")
    @Operation(summary = "Open programs ranked for a startup", description = "Eligible first, then by total (0–100). "
            + "For the startup's founders and admins.")
    public List<ProgramMatchJson> startupMatches(@PathParam("slug") String slug) {
        Startup startup = Startup.<Startup>find("slug", slug).firstResultOptional()
                .filter(s -> user.isAdmin() || user.isFounder() && s.isOwnedBy(user.id()))
                .orElseThrow(NotFoundException::new);
        LocalDate today = Dates.today();
        StartupFeatures s = StartupFeatures.of(startup);
        ReasonTexts texts = MatchViews.texts(ui);
        return matches.programsFor(s, today).stream().map(r -> {
            MatchResult result = matches.explain(s, r.program(), today);
            return new ProgramMatchJson(r.program().slug(), r.program().title(), result.total(), result.eligible(),
                    json(texts, result));
        }).toList();
    }

    @GET
    @Path("programs/{slug}/matches")
    @Operation(summary = "Approved, visible startups ranked for a program", description = "Eligible first, then by "
            + "total (0–100), a page at a time. For the program's managers and admins.")
    public List<StartupMatchJson> programMatches(@PathParam("slug") String slug,
            @Parameter(description = "How many to skip") @RestQuery Integer offset,
            @Parameter(description = "How many to return, at most 500 (default 50)") @RestQuery Integer limit) {
        Program program = Program.<Program>find("slug", slug).firstResultOptional()
                .filter(p -> user.isAdmin() || user.isManager()
                        && ml.jigi.program.OrganizationManager.manages(user.id(), p.organization.id))
                .orElseThrow(NotFoundException::new);
        LocalDate today = Dates.today();
        MatchService.Ranking ranking = matches.startupsFor(program, today);
        ProgramFeatures p = matches.forManagers(program);
        int from = Math.max(0, offset == null ? 0 : offset);
        int to = Math.min(ranking.size(), from + Math.max(1, Math.min(MAX_LIMIT, limit == null ? 50 : limit)));
        ReasonTexts texts = MatchViews.texts(ui);
        List<StartupMatchJson> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            StartupFeatures s = ranking.startups()[i];
            MatchResult result = matches.explain(s, p, today);
            out.add(new StartupMatchJson(s.slug(), s.name(), result.total(), result.eligible(), json(texts, result)));
        }
        return out;
    }

    static List<ReasonJson> json(ReasonTexts texts, MatchResult result) {
        return result.reasons().stream().map(r -> new ReasonJson(r.code(), r.points(), texts.text(r))).toList();
    }
}
