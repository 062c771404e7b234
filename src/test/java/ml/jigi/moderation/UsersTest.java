package ml.jigi.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.account.KeycloakUsers;
import ml.jigi.audit.AuditEntry;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;
import ml.jigi.web.Csrf;
import ml.jigi.web.Fixtures;

/** /admin/users against the real Keycloak of the tests: roles and accounts change there, and here, together or not at all. */
@QuarkusTest
class UsersTest {

    static final String ADMIN = "us-admin";

    /** The admin client is request-scoped: outside a request, tests open one. */
    static <T> T inRequest(java.util.function.Supplier<T> action) {
        var context = Arc.container().requestContext();
        boolean opened = !context.isActive();
        if (opened) {
            context.activate();
        }
        try {
            return action.get();
        } finally {
            if (opened) {
                context.terminate();
            }
        }
    }

    static Keycloak keycloak() {
        return Arc.container().instance(Keycloak.class).get();
    }

    static UserRepresentation atKeycloak(String subject) {
        return inRequest(() -> keycloak().realm("jigi").users().get(subject).toRepresentation());
    }

    static List<String> roles(String subject) {
        return inRequest(() -> Arc.container().instance(KeycloakUsers.class).get().roles(subject));
    }

    /** Someone who exists at Keycloak (a founder, as everyone who signs up) and here. */
    private static Account aKeycloakUser() {
        UserRepresentation u = new UserRepresentation();
        u.setUsername("us-" + UUID.randomUUID().toString().substring(0, 8));
        u.setEmail(u.getUsername() + "@example.ml");
        u.setFirstName("Salif");
        u.setLastName("Diarra");
        u.setEnabled(true);
        String subject = inRequest(() -> {
            try (var created = keycloak().realm("jigi").users().create(u)) {
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        return Fixtures.account(subject);
    }

    private static Organization anOrganization() {
        return Fixtures.organization(Fixtures.unique("Org des rôles"), null);
    }

    static Response post(Csrf csrf, String path, String... fields) {
        var request = given().redirects().follow(false).cookie(Csrf.COOKIE, csrf.cookie()).formParam(Csrf.FIELD, csrf.token());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }

    static long audited(String action, Account person) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and objectId = ?2", action, person.id));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void anAdministratorMakesSomeoneAManagerThenTakesItAway() {
        Fixtures.account(ADMIN);
        Account person = aKeycloakUser();
        Organization org = anOrganization();
        given().when().get("/admin/users?q=" + person.username).then().statusCode(200)
                .body(containsString("data-account=\"" + person.id + "\""));
        given().when().get("/admin/users/" + person.id).then().statusCode(200).body(containsString("data-role=\"founder\""));
        assertEquals(List.of("founder"), roles(person.keycloakSubject));

        Csrf csrf = Csrf.of("/admin/users/" + person.id);
        post(csrf, "/admin/users/" + person.id + "/managers", "organization", String.valueOf(org.id)).then().statusCode(303);
        assertEquals(List.of("founder", "manager"), roles(person.keycloakSubject), "the role is in Keycloak");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> OrganizationManager.manages(person.id, org.id)));
        assertEquals(1, audited("user.manager_add", person));

        post(csrf, "/admin/users/" + person.id + "/managers/" + org.id + "/remove").then().statusCode(303);
        assertEquals(List.of("founder"), roles(person.keycloakSubject), "no organization left: no manager role");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> OrganizationManager.manages(person.id, org.id)));
        assertEquals(1, audited("user.manager_remove", person));

        // A bad organization is said next to the field.
        post(csrf, "/admin/users/" + person.id + "/managers", "organization", "abc").then().statusCode(422)
                .body(containsString("organization-error"));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void anAdministratorMakesSomeoneAPartnerOfAnInvestorOnly() {
        Fixtures.account(ADMIN);
        Account person = aKeycloakUser();
        Organization investor = anOrganization();
        Organization accelerator = anOrganization();
        QuarkusTransaction.requiringNew().run(() -> Organization.update("kind = ?1 where id = ?2",
                ml.jigi.code.OrganizationKind.investor, investor.id));
        Csrf csrf = Csrf.of("/admin/users/" + person.id);
        // An accelerator has managers, not partners.
        post(csrf, "/admin/users/" + person.id + "/partners", "partnerOrganization", String.valueOf(accelerator.id))
                .then().statusCode(422).body(containsString("partnerOrganization-error"));
        assertEquals(List.of("founder"), roles(person.keycloakSubject));

        post(csrf, "/admin/users/" + person.id + "/partners", "partnerOrganization", String.valueOf(investor.id))
                .then().statusCode(303);
        assertEquals(List.of("founder", "partner"), roles(person.keycloakSubject), "the role is in Keycloak");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ml.jigi.networking.OrganizationPartner.partners(person.id,
                investor.id)));
        assertEquals(1, audited("user.partner_add", person));
        given().when().get("/admin/users/" + person.id).then().statusCode(200)
                .body(containsString("data-organization=\"" + investor.slug + "\""));

        post(csrf, "/admin/users/" + person.id + "/partners/" + investor.id + "/remove").then().statusCode(303);
        assertEquals(List.of("founder"), roles(person.keycloakSubject), "no organization left: no partner role");
        assertEquals(1, audited("user.partner_remove", person));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void aDisabledAccountCannotLogInAndItsPagesAreRefused() {
        Account person = aKeycloakUser();
        Csrf csrf = Csrf.of("/admin/users/" + person.id);
        post(csrf, "/admin/users/" + person.id + "/status", "status", "disabled").then().statusCode(303);
        assertFalse(atKeycloak(person.keycloakSubject).isEnabled());
        assertEquals(AccountStatus.disabled, QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(person.id)).status);
        assertEquals(1, audited("user.disable", person));

        post(csrf, "/admin/users/" + person.id + "/status", "status", "active").then().statusCode(303);
        assertTrue(atKeycloak(person.keycloakSubject).isEnabled());
        assertEquals(AccountStatus.active, QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(person.id)).status);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void whenKeycloakRefusesNothingIsSavedHereEither() {
        Organization org = anOrganization();
        Account ghost = Fixtures.account(Fixtures.unique("us-ghost")); // no such user at Keycloak
        Csrf csrf = Csrf.of("/admin/users/" + ghost.id);
        post(csrf, "/admin/users/" + ghost.id + "/managers", "organization", String.valueOf(org.id)).then().statusCode(503)
                .body(containsString("rien n’a été changé"));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> OrganizationManager.manages(ghost.id, org.id)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'user.manager_add' and objectId = ?1", ghost.id)));
        given().when().get("/admin/users/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void refusedLoginsAreListedForTheAdministrators() {
        String guessed = "intrus-" + UUID.randomUUID().toString().substring(0, 8);
        ml.jigi.web.KeycloakForm.attempt(guessed, "devine-moi").then().statusCode(200); // the form again, with its error
        Document page = Jsoup.parse(given().when().get("/admin/users").asString());
        Elements row = page.select("#failed-logins tr[data-failed-login=" + guessed + "]");
        assertEquals(1, row.size(), page.select("#failed-logins").outerHtml());
        assertTrue(row.text().contains("identifiant inconnu"), row.text());
    }

    @Test
    @TestSecurity(user = "us-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "us-manager"))
    void othersAreRefused() {
        Account person = Fixtures.account(Fixtures.unique("us-someone"));
        Organization org = anOrganization();
        given().when().get("/admin/users").then().statusCode(403);
        given().when().get("/admin/users/" + person.id).then().statusCode(403);
        Csrf csrf = Csrf.of("/manage/organizations/new");
        post(csrf, "/admin/users/" + person.id + "/managers", "organization", String.valueOf(org.id)).then().statusCode(403);
        post(csrf, "/admin/users/" + person.id + "/status", "status", "disabled").then().statusCode(403);
        post(csrf, "/admin/users/" + person.id + "/managers/" + org.id + "/remove").then().statusCode(403);
        post(csrf, "/admin/users/" + person.id + "/partners", "partnerOrganization", String.valueOf(org.id)).then()
                .statusCode(403);
        post(csrf, "/admin/users/" + person.id + "/partners/" + org.id + "/remove").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().redirects().follow(false).when().get("/admin/users").then().statusCode(302).header("Location", startsWith(keycloak));
        given().redirects().follow(false).formParam("partnerOrganization", "1").when().post("/admin/users/1/partners").then()
                .statusCode(302);
    }
}
