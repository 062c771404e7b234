package ml.jigi.networking;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;
import ml.jigi.web.UiLocale;

/**
 * `/my/introductions`: the requests a founder's startups received (who asks, for which organization,
 * the message; `/accept` or `/decline`), and the requests a manager or partner sent. Contact details
 * of either side appear only once a request is accepted. Someone else's request is a 404.
 */
@Path("/my/introductions")
@RolesAllowed({"founder", "manager", "partner"})
@Produces(MediaType.TEXT_HTML)
public class MyIntroductionResource {

    /** A request with the names a page shows; the contact only when accepted. */
    @TemplateData
    public record Row(Introduction introduction, String startup, String startupSlug, String requester,
            String organization, String organizationSlug, String contactName, String contactEmail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> received, List<Row> sent, String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    IntroductionService introductions;

    @GET
    public TemplateInstance list(@RestQuery String done) {
        long me = user.id();
        List<Introduction> received = Introduction.list("startupId in (select o.startupId from StartupOwner o "
                + "where o.accountId = ?1) order by createdAt desc, id desc", me);
        List<Introduction> sent = Introduction.list("requesterId = ?1 order by createdAt desc, id desc", me);
        NetworkingMessages msg = ui.messages(NetworkingMessages.class);
        String notice = "accepted".equals(done) ? msg.introductions_notice_accepted()
                : "declined".equals(done) ? msg.introductions_notice_declined()
                : "changed".equals(done) ? msg.introductions_notice_changed() : null;
        return Templates.list(rows(received, true), rows(sent, false), notice);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @RestForm long version) {
        return answer(id, () -> introductions.accept(id, user.id(), version), "accepted");
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, @RestForm long version) {
        return answer(id, () -> introductions.decline(id, user.id(), version), "declined");
    }

    private Response answer(long id, Runnable action, String done) {
        if (!user.isFounder() || Introduction.findReceived(id, user.id()).isEmpty()) {
            throw new NotFoundException();
        }
        try {
            action.run();
        } catch (EditConflict conflict) { // a co-founder answered first, or it expired
            return Response.seeOther(URI.create("/my/introductions?done=changed#introduction-" + id)).build();
        }
        return Response.seeOther(URI.create("/my/introductions?done=" + done + "#introduction-" + id)).build();
    }

    /** Rows with names read in a few queries; contacts of the other side only for accepted requests. */
    static List<Row> rows(List<Introduction> list, boolean received) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> accounts = list.stream().flatMap(i -> java.util.stream.Stream.of(i.requesterId, i.answeredBy))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Account> people = new HashMap<>();
        Account.<Account>list("id in ?1", accounts).forEach(a -> people.put(a.id, a));
        Map<Long, Startup> startups = new HashMap<>();
        Startup.<Startup>list("id in ?1", list.stream().map(i -> i.startupId).collect(Collectors.toSet()))
                .forEach(s -> startups.put(s.id, s));
        Map<Long, Organization> orgs = new HashMap<>();
        Organization.<Organization>list("id in ?1", list.stream().map(i -> i.organizationId).collect(Collectors.toSet()))
                .forEach(o -> orgs.put(o.id, o));
        List<Row> rows = new ArrayList<>();
        for (Introduction i : list) {
            Account contact = null;
            if (i.status == IntroductionStatus.accepted) {
                contact = received ? people.get(i.requesterId) : people.get(i.answeredBy);
            }
            Startup s = startups.get(i.startupId);
            Organization o = orgs.get(i.organizationId);
            rows.add(new Row(i, s.name, s.slug, people.get(i.requesterId).displayName, o.name, o.slug,
                    contact == null ? null : contact.displayName, contact == null ? null : contact.email));
        }
        return rows;
    }
}
