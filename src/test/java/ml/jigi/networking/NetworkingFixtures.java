package ml.jigi.networking;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ml.jigi.account.Account;
import ml.jigi.code.OrganizationKind;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;
import ml.jigi.web.Fixtures;

/** A founder's public startup, and a partner of an investor organization. */
final class NetworkingFixtures {

    record Setup(Account founder, Startup startup, Account partner, Organization investor) {
    }

    private NetworkingFixtures() {
    }

    static Setup setup(String founderSubject, String partnerSubject) {
        Account founder = withEmail(Fixtures.account(founderSubject));
        Startup startup = Fixtures.startup(Fixtures.unique("Réseau"), founder);
        Account partner = withEmail(Fixtures.account(partnerSubject));
        Organization investor = partnerOf(partner, Fixtures.unique("Investisseur"));
        return new Setup(founder, startup, partner, investor);
    }

    /** The account with an address and French as its language (a @TestSecurity user may have come without). */
    static Account withEmail(Account a) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account x = Account.findById(a.id);
            if (x.email == null) {
                x.email = x.keycloakSubject + "@example.ml";
            }
            x.locale = "fr";
            return x;
        });
    }

    /** A new investor organization with this account as its partner. */
    static Organization partnerOf(Account partner, String name) {
        Organization org = Fixtures.organization(name, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization.update("kind = ?1 where id = ?2", OrganizationKind.investor, org.id);
            OrganizationPartner.of(org.id, partner.id, Instant.now()).persist();
        });
        return org;
    }

    /** A published program, opened yesterday, made for the fixtures' startups (agritech, MVP, in need of funding). */
    static ml.jigi.program.Program fittingProgram(String title) {
        ml.jigi.program.Program p = Fixtures.program(Fixtures.organization(Fixtures.unique("Org alertes"), null), title);
        QuarkusTransaction.requiringNew().run(() -> {
            ml.jigi.program.Program q = ml.jigi.program.Program.findById(p.id);
            q.sectors = java.util.EnumSet.of(ml.jigi.code.Sector.agritech);
            q.stages = java.util.EnumSet.of(ml.jigi.code.Stage.mvp);
            q.offers = java.util.EnumSet.of(ml.jigi.code.Need.funding, ml.jigi.code.Need.mentoring);
            q.updatedAt = Instant.now();
        });
        return p;
    }

    static Introduction reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Introduction.<Introduction>findById(id));
    }

    static Introduction last(long startupId) {
        return QuarkusTransaction.requiringNew().call(() -> Introduction.<Introduction>find("startupId = ?1 order by id desc",
                startupId).firstResult());
    }

    static final String MESSAGE = "Sahel Invest finance des startups agricoles au Mali ; votre traction nous intéresse beaucoup.";
}
