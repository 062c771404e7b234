package ml.jigi.moderation;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.account.CurrentUser;
import ml.jigi.account.KeycloakUsers;
import ml.jigi.code.ModerationStatus;
import ml.jigi.program.Organization;
import ml.jigi.web.Form;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * `/admin/users`: find an account; on its page, its roles as Keycloak has them, the organizations
 * it manages (make it a manager of one, or take that away) and disabling or enabling it.
 */
@Path("/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class UsersResource {

    static final int SHOWN = 50;
    /** The latest refused logins shown (Keycloak keeps them thirty days). */
    static final int FAILED_SHOWN = 20;

    /** What Keycloak says of the account, or why it could not say. */
    @io.quarkus.qute.TemplateData
    public record AtKeycloak(boolean known, List<String> roles, boolean enabled) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(String q, List<Account> accounts, List<KeycloakUsers.FailedLogin> failed,
                boolean failedKnown);

        static native TemplateInstance user(Account account, AtKeycloak keycloak, List<Organization> managed,
                List<Option> organizations, List<Organization> partnered, List<Option> partnerOrganizations, Form form,
                boolean self);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    KeycloakUsers keycloak;

    @Inject
    UserAdmin admin;

    @Inject
    ml.jigi.account.AccountService accounts;

    @GET
    public TemplateInstance list(@RestQuery String q) {
        String query = q == null ? "" : q.strip();
        List<Account> found;
        if (query.isEmpty()) {
            found = Account.<Account>find("order by createdAt desc, id desc").page(0, SHOWN).list();
        } else {
            String like = ml.jigi.web.Like.containing(query);
            found = Account.<Account>find("username like ?1 or displayName like ?1 or email like ?1 order by username", like)
                    .page(0, SHOWN).list();
        }
        List<KeycloakUsers.FailedLogin> failed;
        boolean known = true;
        try {
            failed = keycloak.failedLogins(FAILED_SHOWN);
        } catch (KeycloakUsers.Unavailable e) {
            failed = List.of();
            known = false;
        }
        return Templates.users(query, found, failed, known);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @RestQuery String done) {
        Form form = ui.form();
        if (done != null) {
            form.notice(ui.messages(AdminMessages.class).users_done());
        }
        return page(id, form, 200);
    }

    @POST
    @Path("{id}/managers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addManager(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        Long org = form.longNumber("organization", 1, Long.MAX_VALUE, true);
        if (org != null && Organization.findById(org) == null) {
            form.reject("organization", form.messages().form_error_code());
        }
        if (form.hasErrors()) {
            return page(id, form, 422);
        }
        return change(id, form, () -> admin.makeManager(id, org, user.id()));
    }

    @POST
    @Path("{id}/partners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPartner(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Form form = ui.form(fields);
        Long org = form.longNumber("partnerOrganization", 1, Long.MAX_VALUE, true);
        Organization o = org == null ? null : Organization.findById(org);
        if (org != null && (o == null || !o.kind.hasPartners())) {
            form.reject("partnerOrganization", form.messages().form_error_code());
        }
        if (form.hasErrors()) {
            return page(id, form, 422);
        }
        return change(id, form, () -> admin.makePartner(id, org, user.id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/partners/{org}/remove")
    public Response removePartner(@PathParam("id") long id, @PathParam("org") long org) {
        return change(id, ui.form(), () -> admin.removePartner(id, org, user.id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/managers/{org}/remove")
    public Response removeManager(@PathParam("id") long id, @PathParam("org") long org) {
        return change(id, ui.form(), () -> admin.removeManager(id, org, user.id()));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        boolean enable = "active".equals(ui.form(fields).value("status"));
        return change(id, ui.form(), () -> admin.setEnabled(id, enable, user.id()));
    }

    private Response change(long id, Form form, Runnable action) {
        try {
            action.run();
            accounts.forget(id); // committed: the next request reads the account again
        } catch (KeycloakUsers.Unavailable e) {
            form.notice(ui.messages(AdminMessages.class).users_keycloak_unavailable());
            return page(id, form, 503);
        }
        return Response.seeOther(URI.create("/admin/users/" + id + "?done=1")).build();
    }

    private Response page(long id, Form form, int status) {
        Account account = Account.<Account>findByIdOptional(id).orElseThrow(NotFoundException::new);
        AtKeycloak at;
        try {
            at = new AtKeycloak(true, keycloak.roles(account.keycloakSubject), keycloak.enabled(account.keycloakSubject));
        } catch (KeycloakUsers.Unavailable e) {
            at = new AtKeycloak(false, List.of(), false);
        }
        List<Organization> managed = Organization.list("id in (select m.organizationId from OrganizationManager m "
                + "where m.accountId = ?1) order by name", account.id);
        List<Option> organizations = Organization.<Organization>list("moderationStatus = ?1 order by name",
                ModerationStatus.approved).stream().filter(o -> !managed.contains(o))
                .map(o -> new Option(String.valueOf(o.id), o.name)).toList();
        List<Organization> partnered = Organization.list("id in (select p.organizationId from OrganizationPartner p "
                + "where p.accountId = ?1) order by name", account.id);
        List<Option> partnerOrganizations = Organization.<Organization>list("moderationStatus = ?1 order by name",
                ModerationStatus.approved).stream().filter(o -> o.kind.hasPartners() && !partnered.contains(o))
                .map(o -> new Option(String.valueOf(o.id), o.name)).toList();
        boolean self = account.id.equals(user.id()) || account.status == AccountStatus.deleted;
        return Response.status(status).entity(Templates.user(account, at, managed, organizations, partnered,
                partnerOrganizations, form, self)).build();
    }
}
