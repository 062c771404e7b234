package ml.jigi.matching;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.CurrentUser;
import ml.jigi.code.Region;
import ml.jigi.code.Stage;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Pager;
import ml.jigi.web.RenderedFragments;
import ml.jigi.web.UiLocale;

/**
 * `/manage/programs/{id}/matches`: approved, visible startups ranked for one of the manager's
 * programs, with filters, and `/manage/programs/{id}/invite` to invite one to apply. Another
 * organization's program is a 404.
 */
@Path("/manage/programs/{id}")
@RolesAllowed("manager")
@Produces(MediaType.TEXT_HTML)
public class ManageMatchResource {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matches(Program program, RawString ranked, String invitedName, String region,
                String stage, boolean womenLed, Weights weights, boolean customWeights, boolean invitable);

        static native TemplateInstance ranked(Program program, List<MatchViews.StartupRow> rows, Pager pager,
                boolean invitable);
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
    @Path("matches")
    public TemplateInstance matches(@PathParam("id") long id, @RestQuery String region, @RestQuery String stage,
            @RestQuery String womenLed, @RestQuery String page, @RestQuery String invited) {
        Program program = managed(id);
        LocalDate today = Dates.today();
        Region regionCode = Pager.code(Region.class, region);
        Stage stageCode = Pager.code(Stage.class, stage);
        boolean women = "1".equals(womenLed) || "on".equals(womenLed);
        MatchService.Ranking ranking = matches.startupsFor(program, today);
        ProgramFeatures p = matches.forManagers(program);
        List<Long> invitedIds = ProgramInvitation.<ProgramInvitation>list("programId = ?1 order by startupId", program.id)
                .stream().map(i -> i.startupId).toList();
        // The ranking's key names the program's version, the catalog stamp, the startups' change number and the day.
        boolean invitable = MatchService.invitable(program);
        String key = "ranked|" + ranking.key() + "|" + ui.code() + "|" + regionCode + "|" + stageCode
                + "|" + women + "|" + Pager.index(page) + "|" + invitedIds + "|" + invitable;
        RawString ranked = fragments.get(key, () -> {
            Page shown = page(ranking, regionCode, stageCode, women, page, id);
            Set<Long> alreadyInvited = new HashSet<>(invitedIds);
            ReasonTexts texts = MatchViews.texts(ui);
            List<MatchViews.StartupRow> rows = shown.indices().stream().map(i -> {
                StartupFeatures s = ranking.startups()[i];
                return MatchViews.startupRow(matches.explain(s, p, today), s, alreadyInvited.contains(s.id()), texts);
            }).toList();
            return Templates.ranked(program, rows, shown.pager(), invitable).render();
        });
        // Only a startup this program invited is named back (a slug typed in the address names nothing else).
        String invitedName = invited == null ? null : Startup.<Startup>find("slug = ?1 and id in (select i.startupId "
                + "from ProgramInvitation i where i.programId = ?2)", invited, program.id).firstResultOptional()
                .map(st -> st.name).orElse(null);
        return Templates.matches(program, ranked, invitedName, regionCode == null ? "" : regionCode.name(),
                stageCode == null ? "" : stageCode.name(), women, p.weights(), matches.custom(p), invitable);
    }

    /** The positions in the ranking of one page of the startups the filters keep, and its pager. */
    record Page(List<Integer> indices, Pager pager) {
    }

    static Page page(MatchService.Ranking ranking, Region regionCode, Stage stageCode, boolean women, String page, long id) {
        // One pass: count the startups the filters keep, and note the first pages' worth of them.
        int asked = Math.min(Pager.index(page), ranking.size() / PAGE_SIZE + 1);
        int total = 0;
        int[] firstKept = new int[(asked + 1) * PAGE_SIZE];
        StartupFeatures[] all = ranking.startups();
        for (int i = 0; i < all.length; i++) {
            StartupFeatures s = all[i];
            if ((regionCode == null || s.region() == regionCode) && (stageCode == null || s.stage() == stageCode)
                    && (!women || s.womenLed())) {
                if (total < firstKept.length) {
                    firstKept[total] = i;
                }
                total++;
            }
        }
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/manage/programs/" + id + "/matches", "region", regionCode,
                "stage", stageCode, "womenLed", women ? "1" : null);
        List<Integer> shown = new ArrayList<>();
        if (pager.index() <= asked) {
            for (int k = pager.index() * PAGE_SIZE; k < Math.min(total, (pager.index() + 1) * PAGE_SIZE); k++) {
                shown.add(firstKept[k]);
            }
        }
        return new Page(shown, pager);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("invite")
    public Response invite(@PathParam("id") long id, @RestForm String startup, @RestForm String back) {
        Program program = managed(id);
        Startup target = Startup.findPublic(startup == null ? "" : startup).orElseThrow(NotFoundException::new);
        matches.invite(program, target, user.id(), Dates.today());
        String to = back != null && back.startsWith("/manage/programs/" + id + "/matches") && ml.jigi.web.LocalPath.isSafe(back)
                ? back : "/manage/programs/" + id + "/matches";
        return Response.seeOther(URI.create(to + (to.contains("?") ? "&" : "?") + "invited=" + target.slug)).build();
    }

    private Program managed(long id) {
        return Program.findManaged(id, user.id()).orElseThrow(NotFoundException::new);
    }
}
