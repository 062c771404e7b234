package ml.jigi.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ml.jigi.code.ModerationStatus;
import ml.jigi.moderation.ModerationService.Kind;
import ml.jigi.program.ProgramStatus;
import ml.jigi.web.Like;

/**
 * What waits for AGETIC, read for a whole page in a handful of queries whatever its length: the
 * pending startups, organizations and programs (oldest first), the suspended items, the
 * organizations to look at again, a search; with, for every line, whether it was approved before
 * (an earlier snapshot) and the other profiles sharing its name, phone or website (possible
 * duplicates: one query per kind for the whole page, on indexed columns).
 */
@ApplicationScoped
public class ModerationQueue {

    /** A line of the queue or of a search, its status labelled in the page's language. */
    @io.quarkus.qute.TemplateData
    public record Item(Kind kind, long id, String name, String status, Instant since, List<String> duplicates,
            boolean edited) {
    }

    /** How many wait in all, beyond the ones shown. */
    @io.quarkus.qute.TemplateData
    public record Waiting(long startups, long organizations, long programs) {
    }

    /** Everything the queue page shows. */
    public record Page(List<Item> startups, List<Item> organizations, List<Item> programs, Waiting waiting,
            List<Item> suspended, List<Item> recheck, List<Item> found) {
    }

    /** The oldest this many of each list are shown (the page stays light); the heading gives the whole count. */
    static final int SHOWN = 100;
    static final int SEARCH_LIMIT = 30;
    /** Possible duplicates named per line. */
    static final int DUPLICATES = 5;

    @Inject
    EntityManager em;

    /** How the page labels statuses: a startup's or organization's moderation status, a program's status. */
    public record Labels(Function<ModerationStatus, String> moderation, Function<ProgramStatus, String> program) {

        String of(Kind kind, String code) {
            return kind == Kind.program ? program.apply(ProgramStatus.valueOf(code))
                    : moderation.apply(ModerationStatus.valueOf(code));
        }
    }

    @Transactional
    public Page load(String query, Labels labels) {
        List<Row> startups = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL FROM startup "
                + "WHERE moderation_status = 'pending' ORDER BY updated_at, id LIMIT " + SHOWN);
        List<Row> organizations = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL "
                + "FROM organization WHERE moderation_status = 'pending' ORDER BY updated_at, id LIMIT " + SHOWN);
        List<Row> programs = rows("SELECT id, title, status, COALESCE(submitted_at, updated_at), approved_snapshot IS NOT NULL "
                + "FROM program WHERE status = 'pending' ORDER BY submitted_at, id LIMIT " + SHOWN);
        Object[] counts = (Object[]) em.createNativeQuery("SELECT "
                + "(SELECT COUNT(*) FROM startup WHERE moderation_status = 'pending'), "
                + "(SELECT COUNT(*) FROM organization WHERE moderation_status = 'pending'), "
                + "(SELECT COUNT(*) FROM program WHERE status = 'pending')").getSingleResult();
        List<Row> suspendedStartups = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL "
                + "FROM startup WHERE moderation_status = 'suspended' ORDER BY updated_at DESC LIMIT " + SHOWN);
        List<Row> suspendedOrganizations = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL "
                + "FROM organization WHERE moderation_status = 'suspended' ORDER BY updated_at DESC LIMIT " + SHOWN);
        // Approved organizations whose name or website changed: their verified mark is gone until an administrator looks.
        List<Row> recheck = rows("SELECT id, name, moderation_status, recheck_since, approved_snapshot IS NOT NULL "
                + "FROM organization WHERE recheck_since IS NOT NULL ORDER BY recheck_since, id LIMIT " + SHOWN);
        List<Row> foundStartups = List.of();
        List<Row> foundOrganizations = List.of();
        List<Row> foundPrograms = List.of();
        if (!query.isEmpty()) {
            String like = Like.containing(query);
            foundStartups = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL FROM startup "
                    + "WHERE name LIKE ?1 ORDER BY name LIMIT " + SEARCH_LIMIT, like);
            foundOrganizations = rows("SELECT id, name, moderation_status, updated_at, approved_snapshot IS NOT NULL "
                    + "FROM organization WHERE name LIKE ?1 ORDER BY name LIMIT " + SEARCH_LIMIT, like);
            foundPrograms = rows("SELECT id, title, status, COALESCE(submitted_at, updated_at), approved_snapshot IS NOT NULL "
                    + "FROM program WHERE title LIKE ?1 ORDER BY title LIMIT " + SEARCH_LIMIT, like);
        }
        List<Long> startupIds = ids(startups, suspendedStartups, foundStartups);
        List<Long> organizationIds = ids(organizations, suspendedOrganizations, recheck, foundOrganizations);
        Map<Long, List<String>> startupDuplicates = startupDuplicates(startupIds);
        Map<Long, List<String>> organizationDuplicates = organizationDuplicates(organizationIds);
        Function<Row, Item> startup = r -> r.item(Kind.startup, startupDuplicates, labels);
        Function<Row, Item> organization = r -> r.item(Kind.organization, organizationDuplicates, labels);
        Function<Row, Item> program = r -> r.item(Kind.program, Map.of(), labels);
        List<Item> suspended = new ArrayList<>(suspendedStartups.stream().map(startup).toList());
        suspendedOrganizations.stream().map(organization).forEach(suspended::add);
        List<Item> found = new ArrayList<>(foundStartups.stream().map(startup).toList());
        foundOrganizations.stream().map(organization).forEach(found::add);
        foundPrograms.stream().map(program).forEach(found::add);
        return new Page(startups.stream().map(startup).toList(), organizations.stream().map(organization).toList(),
                programs.stream().map(program).toList(), new Waiting(((Number) counts[0]).longValue(),
                        ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue()),
                suspended, recheck.stream().map(organization).toList(), found);
    }

    /** Other startups sharing the name (compared as the collation does: case and accents aside), phone or website. */
    @Transactional
    public Map<Long, List<String>> startupDuplicates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return duplicates("SELECT s.id, o.name, o.slug FROM startup s JOIN startup o ON o.name = s.name AND o.id <> s.id "
                + "WHERE s.id IN (:ids) UNION "
                + "SELECT s.id, o.name, o.slug FROM startup s JOIN startup o ON o.phone = s.phone AND o.id <> s.id "
                + "WHERE s.id IN (:ids) AND s.phone <> '' UNION "
                + "SELECT s.id, o.name, o.slug FROM startup s JOIN startup o ON o.website = s.website AND o.id <> s.id "
                + "WHERE s.id IN (:ids) AND s.website <> '' ORDER BY 1, 2", ids);
    }

    /** Other organizations sharing the name or website. */
    @Transactional
    public Map<Long, List<String>> organizationDuplicates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return duplicates("SELECT s.id, o.name, o.slug FROM organization s JOIN organization o ON o.name = s.name "
                + "AND o.id <> s.id WHERE s.id IN (:ids) UNION "
                + "SELECT s.id, o.name, o.slug FROM organization s JOIN organization o ON o.website = s.website "
                + "AND o.id <> s.id WHERE s.id IN (:ids) AND s.website <> '' ORDER BY 1, 2", ids);
    }

    private Map<Long, List<String>> duplicates(String sql, Collection<Long> ids) {
        Map<Long, List<String>> found = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            List<String> names = found.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>());
            if (names.size() < DUPLICATES) {
                names.add(r[1] + " (" + r[2] + ")");
            }
        }
        return found;
    }

    /** A line as read: id, name, status code, since, approved before. */
    record Row(long id, String name, String status, Instant since, boolean edited) {

        Item item(Kind kind, Map<Long, List<String>> duplicates, Labels labels) {
            return new Item(kind, id, name, labels.of(kind, status), since, duplicates.getOrDefault(id, List.of()), edited);
        }
    }

    private List<Row> rows(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], instant(r[3]),
                r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0)).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }

    @SafeVarargs
    private static List<Long> ids(List<Row>... lists) {
        Map<Long, Boolean> ids = new LinkedHashMap<>();
        for (List<Row> list : lists) {
            list.forEach(r -> ids.put(r.id(), true));
        }
        return List.copyOf(ids.keySet());
    }
}
