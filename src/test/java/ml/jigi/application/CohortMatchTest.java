package ml.jigi.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/**
 * "Startups like those this program accepted": once a program has accepted three startups, the
 * startups that resemble them (by sector and activity) gain points with a reason that says so — from
 * the request after the third acceptance, on every instance (the acceptance moves the catalog stamp
 * in its own transaction).
 */
@QuarkusTest
class CohortMatchTest {

    @Inject
    ApplicationService service;

    @Test
    @TestSecurity(user = "cm-manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = "cm-manager"))
    void theThirdAcceptanceGivesTheProgramAProfileOfWhatItAccepts() throws Exception {
        Account manager = Fixtures.account("cm-manager");
        Organization org = Fixtures.organization(Fixtures.unique("Org cohorte"), manager);
        Program program = Fixtures.program(org, Fixtures.unique("Programme cohorte"));
        Startup candidate = startup("Candidate", "Séchage et transformation de mangues en chips pour les supermarchés");
        Startup[] accepted = {
            startup("Retenue un", "Transformation de mangues séchées et de jus de mangue"),
            startup("Retenue deux", "Beurre de karité et jus de mangue transformés par une coopérative"),
            startup("Retenue trois", "Confiture de mangue et de papaye, transformation artisanale")};
        accept(program, accepted[0]);
        accept(program, accepted[1]);
        assertFalse(reasons(program, candidate).contains("cohort_like"), "two accepted are not yet a profile");

        accept(program, accepted[2]);
        String reasons = reasons(program, candidate);
        assertTrue(reasons.contains("cohort_like"), reasons);
        assertTrue(reasons.contains("Vous ressemblez aux 3 startups que ce programme a retenues"), reasons);

        // Founders never see it: their view of the program reads no past cohort.
        Startup fresh = QuarkusTransaction.requiringNew().call(() -> Startup.<Startup>findById(candidate.id));
        Program current = QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(program.id);
            p.organization.name.length(); // loaded for the features, outside this transaction
            return p;
        });
        assertTrue(matches.fit(fresh, current, Dates.today()).result().reasons().stream()
                .noneMatch(r -> r.code().startsWith("cohort")), "a founder's view of the program");

        // An accepted startup's activity is part of the profile: editing it moves the stamp; another's does not.
        long before = stamp();
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(accepted[0].id).description = "Autre chose");
        assertTrue(stamp() > before, "an accepted startup's new description reaches every instance");
        long after = stamp();
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(candidate.id).description = "Encore autre");
        assertEquals(after, stamp(), "a startup that was not accepted is no program's profile");
    }

    @Inject
    ml.jigi.matching.MatchService matches;

    static long stamp() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Startup.getEntityManager()
                .createNativeQuery("SELECT version FROM catalog_stamp WHERE id = 1").getSingleResult()).longValue());
    }

    Startup startup(String name, String description) {
        Startup s = Fixtures.startup(Fixtures.unique(name), Fixtures.account(Fixtures.unique("cm-founder")));
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(s.id).description = description);
        return s;
    }

    void accept(Program program, Startup startup) {
        long founder = QuarkusTransaction.requiringNew().call(() -> ml.jigi.startup.StartupOwner
                .<ml.jigi.startup.StartupOwner>find("startupId", startup.id).firstResult().accountId);
        long manager = Fixtures.account("cm-manager").id;
        Application a = service.start(program.id, startup.id, founder);
        a = service.submit(a.id, founder, a.version, Dates.today());
        a = service.changeStatus(a.id, manager, a.version, ApplicationStatus.under_review, null, false);
        a = service.changeStatus(a.id, manager, a.version, ApplicationStatus.accepted, "Bienvenue", false);
        assertEquals(ApplicationStatus.accepted, a.status);
    }

    String reasons(Program program, Startup startup) throws Exception {
        JsonNode all = new ObjectMapper().readTree(given().when().get("/api/programs/" + program.slug + "/matches?limit=500")
                .then().statusCode(200).extract().asString());
        for (JsonNode m : all) {
            if (m.get("startup").asText().equals(startup.slug)) {
                return m.get("reasons").toString();
            }
        }
        throw new AssertionError(startup.slug + " is not ranked");
    }
}
