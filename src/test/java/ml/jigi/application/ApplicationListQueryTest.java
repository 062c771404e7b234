package ml.jigi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ml.jigi.code.Region;
import ml.jigi.startup.Startup;
import ml.jigi.web.Fixtures;

/** The managers' list on its own: drafts left out, counts per status, filters, orders, and the stamp that moves. */
@QuarkusTest
class ApplicationListQueryTest {

    @Inject
    ApplicationListQuery query;

    @Test
    void countsFiltersAndOrders() {
        ApplicationFixtures.Setup s = ApplicationFixtures.setup(Fixtures.unique("lq-founder"), Fixtures.unique("lq-manager"));
        Application bamako = ApplicationFixtures.submitted(s);
        Startup inGao = Fixtures.startup(Fixtures.unique("Candidate de Gao"), s.founder());
        QuarkusTransaction.requiringNew().run(() -> Startup.<Startup>findById(inGao.id).region = Region.gao);
        Application gao = ApplicationFixtures.submitted(new ApplicationFixtures.Setup(s.founder(), inGao, s.manager(), s.org(),
                s.program()));
        Startup drafter = Fixtures.startup(Fixtures.unique("Brouillon"), s.founder());
        ApplicationFixtures.service().start(s.program().id, drafter.id, s.founder().id);
        long stamp = query.stamp(s.program().id);

        assertEquals(Map.of(ApplicationStatus.submitted, 2L), query.counts(s.program().id), "drafts are left out");
        ApplicationListQuery.Filter all = new ApplicationListQuery.Filter(null, null, null, false, null);
        assertEquals(2, query.total(s.program().id, all, query.counts(s.program().id)));
        assertEquals(List.of(gao.id, bamako.id), query.page(s.program().id, all, 0, 10).stream().map(ApplicationRow::id).toList(),
                "newest submission first");
        ApplicationListQuery.Filter inGaoOnly = new ApplicationListQuery.Filter(null, Region.gao, null, false, null);
        assertEquals(1, query.total(s.program().id, inGaoOnly, null));
        assertEquals(List.of(gao.id), query.page(s.program().id, inGaoOnly, 0, 10).stream().map(ApplicationRow::id).toList());
        ApplicationListQuery.Filter underReview = new ApplicationListQuery.Filter(ApplicationStatus.under_review, null, null,
                false, "score");
        assertEquals(0, query.total(s.program().id, underReview, query.counts(s.program().id)));

        Application a = ApplicationFixtures.reload(bamako.id);
        ApplicationFixtures.service().changeStatus(a.id, s.manager().id, a.version, ApplicationStatus.under_review, null, false);
        assertTrue(query.stamp(s.program().id) > stamp, "a change to an application moves the program's stamp");
        assertEquals(1, query.total(s.program().id, underReview, query.counts(s.program().id)));
    }
}
