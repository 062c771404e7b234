package ml.jigi.me;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupInvitation;

/** `/me`: the logged-in user's home, with the entry points of their role. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Account account, List<ml.jigi.startup.StartupLine> startups,
                List<Invitation> invitations,
                boolean consentMissing, List<ProgramInvite> programInvitations,
                List<ml.jigi.application.ApplicationLine> applications);
    }

    @Inject
    CurrentUser user;

    @GET
    @Path("me")
    public TemplateInstance me(@RestQuery String consent) {
        Account account = user.account();
        List<ml.jigi.startup.StartupLine> startups = user.isFounder() ? ml.jigi.startup.StartupLine.of(account.id)
                : List.of();
        List<Invitation> invitations = StartupInvitation.openFor(account).stream()
                .map(i -> new Invitation(i.id, Startup.<Startup>findById(i.startupId).name)).toList();
        // Queries whose only parameter is the account, as /my/applications does: with a list parameter
        // ("in ?1") Hibernate translates the query again on every request (seen in a profile), and the
        // invitations' programs came one query each.
        List<ProgramInvite> programInvitations = startups.isEmpty() ? List.of()
                : ml.jigi.matching.ProgramInvitation.getEntityManager().createQuery("select p.organization.name, p.title, "
                        + "p.slug, s.name from ProgramInvitation i, Program p, Startup s where p.id = i.programId "
                        + "and s.id = i.startupId and i.startupId in (select o.startupId from StartupOwner o "
                        + "where o.accountId = ?1) order by i.createdAt desc", Object[].class)
                        .setParameter(1, account.id).getResultStream()
                        .map(r -> new ProgramInvite((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
        List<ml.jigi.application.ApplicationLine> applications = startups.isEmpty() ? List.of()
                : ml.jigi.application.ApplicationLine.of(account.id);
        return Templates.me(account, startups, invitations, "missing".equals(consent), programInvitations, applications);
    }

    /** An accelerator's invitation to one of the user's startups, as /me lists it. */
    public record ProgramInvite(String organization, String program, String programSlug, String startup) {
    }

    /** An invitation to join a startup's profile, as /me lists it. */
    public record Invitation(long id, String startupName) {
    }

    /**
     * The target of the "log in" and "sign up" links: reaching it needs a login, which sends the
     * visitor through Keycloak (with prompt=create for sign-up); once back, they land on /me.
     */
    @GET
    @Path("login")
    public Response login() {
        return Response.seeOther(URI.create("/me")).build();
    }
}
