package ml.jigi.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One of a founder's applications as their lists show it (/me, /my/applications): read as these few
 * columns in one query, not as entities with their programs' texts, questions and rubrics.
 */
@TemplateData
public record ApplicationLine(long id, ApplicationStatus status, String program, String organization, LocalDate deadline,
        String startup, Instant updatedAt) {

    /** The applications of the startups this account owns, last changed first (sorted here: see Startup.ownedBy). */
    public static List<ApplicationLine> of(long accountId) {
        return Application.getEntityManager().createQuery("select new ml.jigi.application.ApplicationLine(a.id, a.status, "
                + "p.title, o.name, p.deadline, s.name, a.updatedAt) from Application a join a.program p "
                + "join p.organization o join a.startup s "
                + "where s.id in (select w.startupId from StartupOwner w where w.accountId = ?1)", ApplicationLine.class)
                .setParameter(1, accountId).getResultStream()
                .sorted(Comparator.comparing(ApplicationLine::updatedAt).reversed()).toList();
    }
}
