package ml.jigi.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Dates;

/**
 * The ecosystem in numbers for a period, for AGETIC's dashboard: approved startups registered in
 * the period by region, sector and stage, the shares of women-led and youth-led ones, the programs
 * open today, and the application funnel (submitted in the period → shortlisted → accepted) overall,
 * per program, and its acceptance rate by region and by women-led. Plain SQL aggregates: no cache,
 * no copy of the data.
 */
@ApplicationScoped
public class Ecosystem {

    /** One count under a code (a region, a sector, a program's slug…). */
    public record Count(String code, long value) {
    }

    /** A program's funnel. */
    public record Funnel(String code, String title, long submitted, long shortlisted, long accepted) {
    }

    /** An acceptance rate: accepted out of decided (accepted, waitlisted or rejected). */
    public record Rate(String code, long decided, long accepted) {
        public int percent() {
            return decided == 0 ? 0 : (int) Math.round(100.0 * accepted / decided);
        }
    }

    /** Introductions asked in the period on behalf of organizations of one kind, and how many were accepted. */
    public record Introductions(String kind, long requested, long accepted) {
        public int percent() {
            return requested == 0 ? 0 : (int) Math.round(100.0 * accepted / requested);
        }
    }

    /** Everything the dashboard shows for one period. */
    public record Figures(LocalDate from, LocalDate to, long startups, long womenLed, long youthLed, long programsOpen,
            List<Count> byRegion, List<Count> bySector, List<Count> byStage, Funnel funnel, List<Funnel> perProgram,
            List<Rate> rateByRegion, List<Rate> rateByWomenLed, List<Introductions> introductions) {

        public int womenLedPercent() {
            return startups == 0 ? 0 : (int) Math.round(100.0 * womenLed / startups);
        }

        public int youthLedPercent() {
            return startups == 0 ? 0 : (int) Math.round(100.0 * youthLed / startups);
        }
    }

    /** Statuses an application reaches only after being shortlisted. */
    static final String SHORTLISTED_OR_LATER = "('shortlisted', 'interview', 'accepted', 'waitlisted')";

    @Inject
    EntityManager em;

    public Figures of(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Dates.MALI).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Dates.MALI).toInstant();
        String startups = "FROM startup s WHERE s.moderation_status = 'approved' AND s.created_at >= ?1 AND s.created_at < ?2";
        Object[] totals = (Object[]) params(em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(s.women_led), 0), "
                + "COALESCE(SUM(s.youth_led), 0) " + startups), start, end).getSingleResult();
        List<Count> byRegion = counts(params(em.createNativeQuery("SELECT s.region, COUNT(*) " + startups
                + " GROUP BY s.region"), start, end), Region.values());
        List<Count> byStage = counts(params(em.createNativeQuery("SELECT s.stage, COUNT(*) " + startups
                + " GROUP BY s.stage"), start, end), Stage.values());
        StringBuilder sectorSums = new StringBuilder("SELECT ");
        Sector[] sectors = Sector.values();
        for (int i = 0; i < sectors.length; i++) {
            sectorSums.append(i == 0 ? "" : ", ").append("COALESCE(SUM(FIND_IN_SET('").append(sectors[i].name())
                    .append("', s.sectors) > 0), 0)");
        }
        Object[] sectorRow = (Object[]) params(em.createNativeQuery(sectorSums + " " + startups), start, end).getSingleResult();
        List<Count> bySector = new ArrayList<>();
        for (int i = 0; i < sectors.length; i++) {
            bySector.add(new Count(sectors[i].name(), number(sectorRow[i])));
        }
        LocalDate today = Dates.today();
        long open = number(em.createNativeQuery("SELECT COUNT(*) FROM program p JOIN organization o ON o.id = p.organization_id "
                + "WHERE p.status = 'published' AND o.moderation_status = 'approved' AND (p.opens_at IS NULL OR p.opens_at <= ?1) "
                + "AND p.deadline >= ?1").setParameter(1, today).getSingleResult());

        String applications = "FROM application a WHERE a.submitted_at >= ?1 AND a.submitted_at < ?2";
        String shortlisted = "EXISTS (SELECT 1 FROM application_event e WHERE e.application_id = a.id AND e.to_status IN "
                + SHORTLISTED_OR_LATER + ")";
        Object[] f = (Object[]) params(em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(" + shortlisted + "), 0), "
                + "COALESCE(SUM(a.status = 'accepted'), 0) " + applications), start, end).getSingleResult();
        Funnel funnel = new Funnel("", "", number(f[0]), number(f[1]), number(f[2]));
        List<Funnel> perProgram = new ArrayList<>();
        for (Object row : params(em.createNativeQuery("SELECT p.slug, p.title, COUNT(*), COALESCE(SUM(" + shortlisted
                + "), 0), COALESCE(SUM(a.status = 'accepted'), 0) FROM application a JOIN program p ON p.id = a.program_id "
                + "WHERE a.submitted_at >= ?1 AND a.submitted_at < ?2 GROUP BY p.id, p.slug, p.title "
                + "ORDER BY COUNT(*) DESC, p.slug LIMIT 20"), start, end).getResultList()) {
            Object[] r = (Object[]) row;
            perProgram.add(new Funnel((String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4])));
        }
        String decided = "COUNT(CASE WHEN a.status IN ('accepted', 'waitlisted', 'rejected') THEN 1 END), "
                + "COALESCE(SUM(a.status = 'accepted'), 0) FROM application a JOIN startup s ON s.id = a.startup_id "
                + "WHERE a.submitted_at >= ?1 AND a.submitted_at < ?2";
        List<Rate> byRegionRate = new ArrayList<>();
        Map<String, Object[]> regionRows = new LinkedHashMap<>();
        for (Object row : params(em.createNativeQuery("SELECT s.region, " + decided + " GROUP BY s.region"), start, end)
                .getResultList()) {
            Object[] r = (Object[]) row;
            regionRows.put((String) r[0], r);
        }
        for (Region region : Region.values()) {
            Object[] r = regionRows.get(region.name());
            if (r != null) {
                byRegionRate.add(new Rate(region.name(), number(r[1]), number(r[2])));
            }
        }
        List<Rate> byWomen = new ArrayList<>();
        Map<Boolean, Rate> women = new LinkedHashMap<>();
        for (Object row : params(em.createNativeQuery("SELECT s.women_led, " + decided + " GROUP BY s.women_led"), start, end)
                .getResultList()) {
            Object[] r = (Object[]) row;
            boolean led = r[0] instanceof Boolean b ? b : number(r[0]) != 0;
            women.put(led, new Rate(led ? "women_led" : "other", number(r[1]), number(r[2])));
        }
        byWomen.add(women.getOrDefault(true, new Rate("women_led", 0, 0)));
        byWomen.add(women.getOrDefault(false, new Rate("other", 0, 0)));
        List<Introductions> introductions = new ArrayList<>();
        for (Object row : params(em.createNativeQuery("SELECT o.kind, COUNT(*), COALESCE(SUM(i.status = 'accepted'), 0) "
                + "FROM introduction i JOIN organization o ON o.id = i.organization_id "
                + "WHERE i.created_at >= ?1 AND i.created_at < ?2 GROUP BY o.kind ORDER BY o.kind"), start, end).getResultList()) {
            Object[] r = (Object[]) row;
            introductions.add(new Introductions((String) r[0], number(r[1]), number(r[2])));
        }
        return new Figures(from, to, number(totals[0]), number(totals[1]), number(totals[2]), open, byRegion, bySector,
                byStage, funnel, perProgram, byRegionRate, byWomen, introductions);
    }

    private static Query params(Query q, Instant start, Instant end) {
        return q.setParameter(1, start).setParameter(2, end);
    }

    /** Counts per code in the enum's order, codes without any left out. */
    private static <E extends Enum<E>> List<Count> counts(Query q, E[] order) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], number(r[1]));
        }
        List<Count> counts = new ArrayList<>();
        for (E code : order) {
            Long n = found.get(code.name());
            if (n != null && n > 0) {
                counts.add(new Count(code.name(), n));
            }
        }
        return counts;
    }

    static long number(Object value) {
        return value == null ? 0 : value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
    }
}
