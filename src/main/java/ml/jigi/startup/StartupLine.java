package ml.jigi.startup;

import java.util.List;

import io.quarkus.qute.TemplateData;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Names;

/**
 * One of a founder's startups as their home page lists it: read as these few columns, not as an
 * entity with its descriptions, team and codes.
 */
@TemplateData
public record StartupLine(long id, String slug, String name, ModerationStatus moderationStatus, String moderationNote) {

    /** The startups this account owns, by name (sorted here: see {@link Startup#ownedBy}). */
    public static List<StartupLine> of(long accountId) {
        List<StartupLine> lines = new java.util.ArrayList<>(Startup.getEntityManager().createQuery(
                "select new ml.jigi.startup.StartupLine(s.id, s.slug, s.name, s.moderationStatus, s.moderationNote) "
                        + "from Startup s where s.id in (select o.startupId from StartupOwner o where o.accountId = ?1)",
                StartupLine.class).setParameter(1, accountId).getResultList());
        lines.sort(Names.byName(StartupLine::name));
        return lines;
    }
}
