package ml.jigi.monitoring;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What monitoring's kept figures and pages depend on, in one cheap read: rows 1–3 of
 * `catalog_stamp`, moved by triggers in the same transaction as any change to programs and
 * organizations (V3), startups (V4) and reports added, removed, sent or reopened (V16), whoever
 * writes. Every instance reads it on each request, so none shows what another has changed.
 */
@ApplicationScoped
public class ReportStamp {

    @Inject
    EntityManager em;

    public String current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version FROM catalog_stamp WHERE id IN (1, 2, 3) ORDER BY id")
                .getResultList();
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> s.append(r[0]).append(':').append(r[1]).append(' '));
        return s.toString();
    }
}
