package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/**
 * What the ecosystem produced in a period, from submitted progress reports (docs/monitoring.md):
 * jobs (each startup's last report of the period: people employed are a stock, not a flow), money
 * raised by kind (every report of the period: amounts raised in each period), startups still active
 * 12 months after acceptance, by region, sector, stage, women-led and accelerator, and each
 * program's response rate. A few aggregate queries; the result is kept per period and day until a
 * report, a startup or an organization changes (rows 1–3 of catalog_stamp, moved by triggers), so
 * every instance sees a change at once.
 */
@ApplicationScoped
public class Impact {

    /** The figures of one group of startups (a region, a sector, an accelerator… or all). */
    @TemplateData
    public static final class Cell {
        public final String code;
        public final String name;
        public long startups;
        public long jobsTotal;
        public long jobsWomen;
        public long jobsYouth;
        public long funding;
        /** Startups whose 12-month report was due in the period, and those of them who submitted it. */
        public long yearDue;
        public long yearActive;

        Cell(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public int survivalPercent() {
            return yearDue == 0 ? 0 : (int) Math.round(100.0 * yearActive / yearDue);
        }
    }

    /** A program's reports due in the period, and how many came on time (by the end of their due day). */
    @TemplateData
    public record Response(String program, String organization, long due, long onTime, long submitted) {
        public int percent() {
            return due == 0 ? 0 : (int) Math.round(100.0 * onTime / due);
        }
    }

    /** Everything the impact page shows for one period. */
    @TemplateData
    public record Figures(LocalDate from, LocalDate to, long reports, Cell all, Map<FundingKind, Long> fundingByKind,
            List<Cell> byRegion, List<Cell> bySector, List<Cell> byStage, List<Cell> byWomenLed, List<Cell> byAccelerator,
            List<Response> responses) {
    }

    /** Periods kept at once (each a few KB). */
    static final int KEPT = 64;

    private record Kept(String stamp, Figures figures) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    ReportStamp stamps;

    /** The figures of [from, to], as of today. */
    public Figures of(LocalDate from, LocalDate to, LocalDate today) {
        String key = from + "/" + to + "/" + today;
        String stamp = stamps.current();
        Kept k = kept.get(key);
        if (k != null && k.stamp().equals(stamp)) {
            return k.figures();
        }
        Figures figures = compute(from, to, today);
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(stamp, figures));
        return figures;
    }

    Figures compute(LocalDate from, LocalDate to, LocalDate today) {
        Cell all = new Cell("all", null);
        Map<Region, Cell> regions = new EnumMap<>(Region.class);
        Map<Sector, Cell> sectors = new EnumMap<>(Sector.class);
        Map<Stage, Cell> stages = new EnumMap<>(Stage.class);
        Map<Boolean, Cell> women = new LinkedHashMap<>();
        women.put(true, new Cell("women_led", null));
        women.put(false, new Cell("not_women_led", null));

        // Each startup's last submitted report of the period (jobs), and what it raised in the period.
        List<?> latest = em.createNativeQuery("SELECT t.startup_id, s.region, s.stage, s.sectors, s.women_led, "
                + "t.jobs_total, t.jobs_women, t.jobs_youth, t.raised FROM (SELECT r.startup_id, r.jobs_total, r.jobs_women, "
                + "r.jobs_youth, SUM(COALESCE(r.funding_raised_xof, 0)) OVER (PARTITION BY r.startup_id) raised, "
                + "ROW_NUMBER() OVER (PARTITION BY r.startup_id ORDER BY r.due_on DESC, r.id DESC) n "
                + "FROM progress_report r WHERE r.state = 'submitted' AND r.due_on BETWEEN ?1 AND ?2) t "
                + "JOIN startup s ON s.id = t.startup_id WHERE t.n = 1")
                .setParameter(1, from).setParameter(2, to).getResultList();
        for (Object o : latest) {
            Object[] r = (Object[]) o;
            long jobs = num(r[5]);
            long jobsWomen = num(r[6]);
            long jobsYouth = num(r[7]);
            long raised = num(r[8]);
            for (Cell c : cells(r, all, regions, sectors, stages, women)) {
                c.startups++;
                c.jobsTotal += jobs;
                c.jobsWomen += jobsWomen;
                c.jobsYouth += jobsYouth;
                c.funding += raised;
            }
        }

        // Startups whose report due 12 months (or more) after acceptance fell due in the period: active if they sent it.
        List<?> year = em.createNativeQuery("SELECT r.startup_id, MAX(s.region), MAX(s.stage), MAX(s.sectors), "
                + "MAX(s.women_led), MAX(r.state = 'submitted' AND r.due_on >= DATE_ADD(r.accepted_on, INTERVAL 12 MONTH)) "
                + "FROM progress_report r JOIN startup s ON s.id = r.startup_id "
                + "WHERE r.accepted_on BETWEEN ?1 AND ?2 GROUP BY r.startup_id "
                + "HAVING MAX(r.due_on >= DATE_ADD(r.accepted_on, INTERVAL 12 MONTH) AND r.due_on BETWEEN ?3 AND ?4) = 1")
                .setParameter(1, from.minusMonths(12)).setParameter(2, to.minusMonths(12))
                .setParameter(3, from).setParameter(4, to.isBefore(today) ? to : today).getResultList();
        for (Object o : year) {
            Object[] r = (Object[]) o;
            boolean active = num(r[5]) > 0;
            Object[] shifted = {r[0], r[1], r[2], r[3], r[4]};
            for (Cell c : cells(shifted, all, regions, sectors, stages, women)) {
                c.yearDue++;
                c.yearActive += active ? 1 : 0;
            }
        }

        Map<FundingKind, Long> byKind = new EnumMap<>(FundingKind.class);
        for (FundingKind kind : FundingKind.values()) {
            byKind.put(kind, 0L);
        }
        long reports = 0;
        for (Object o : em.createNativeQuery("SELECT r.funding_kind, COUNT(*), SUM(COALESCE(r.funding_raised_xof, 0)) "
                + "FROM progress_report r WHERE r.state = 'submitted' AND r.due_on BETWEEN ?1 AND ?2 GROUP BY r.funding_kind")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            reports += num(r[1]);
            if (r[0] != null) {
                byKind.put(FundingKind.valueOf((String) r[0]), num(r[2]));
            }
        }

        List<Cell> accelerators = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT o.slug, o.name, COUNT(*), SUM(t.jobs_total), SUM(t.jobs_women), "
                + "SUM(t.jobs_youth), SUM(t.raised) FROM (SELECT r.startup_id, p.organization_id, r.jobs_total, r.jobs_women, "
                + "r.jobs_youth, SUM(COALESCE(r.funding_raised_xof, 0)) OVER (PARTITION BY r.startup_id, p.organization_id) raised, "
                + "ROW_NUMBER() OVER (PARTITION BY r.startup_id, p.organization_id ORDER BY r.due_on DESC, r.id DESC) n "
                + "FROM progress_report r JOIN program p ON p.id = r.program_id "
                + "WHERE r.state = 'submitted' AND r.due_on BETWEEN ?1 AND ?2) t "
                + "JOIN organization o ON o.id = t.organization_id WHERE t.n = 1 GROUP BY o.id, o.slug, o.name")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            Cell c = new Cell((String) r[0], (String) r[1]);
            c.startups = num(r[2]);
            c.jobsTotal = num(r[3]);
            c.jobsWomen = num(r[4]);
            c.jobsYouth = num(r[5]);
            c.funding = num(r[6]);
            accelerators.add(c);
        }
        accelerators.sort(Comparator.comparingLong((Cell c) -> -c.startups).thenComparing(c -> c.name));

        List<Response> responses = new ArrayList<>();
        LocalDate dueUntil = to.isBefore(today) ? to : today.minusDays(1);
        for (Object o : em.createNativeQuery("SELECT p.title, o.name, COUNT(*), "
                + "SUM(r.state = 'submitted' AND r.submitted_at < DATE_ADD(r.due_on, INTERVAL 1 DAY)), SUM(r.state = 'submitted') "
                + "FROM progress_report r JOIN program p ON p.id = r.program_id JOIN organization o ON o.id = p.organization_id "
                + "WHERE r.due_on BETWEEN ?1 AND ?2 GROUP BY r.program_id, p.title, o.name")
                .setParameter(1, from).setParameter(2, dueUntil).getResultList()) {
            Object[] r = (Object[]) o;
            responses.add(new Response((String) r[0], (String) r[1], num(r[2]), num(r[3]), num(r[4])));
        }
        responses.sort(Comparator.comparingLong((Response r) -> -r.due()).thenComparing(Response::program));

        return new Figures(from, to, reports, all, byKind, list(regions, Region.values()), list(sectors, Sector.values()),
                list(stages, Stage.values()), List.copyOf(women.values()), accelerators, responses);
    }

    /** The cells a startup counts in: all, its region, each of its sectors, its stage, women-led or not. */
    private static List<Cell> cells(Object[] r, Cell all, Map<Region, Cell> regions, Map<Sector, Cell> sectors,
            Map<Stage, Cell> stages, Map<Boolean, Cell> women) {
        List<Cell> cells = new ArrayList<>();
        cells.add(all);
        Region region = Region.valueOf((String) r[1]);
        cells.add(regions.computeIfAbsent(region, k -> new Cell(k.name(), null)));
        Stage stage = Stage.valueOf((String) r[2]);
        cells.add(stages.computeIfAbsent(stage, k -> new Cell(k.name(), null)));
        String sectorCodes = (String) r[3];
        if (sectorCodes != null && !sectorCodes.isBlank()) {
            for (String code : sectorCodes.split(",")) {
                Sector sector = Sector.valueOf(code.strip());
                cells.add(sectors.computeIfAbsent(sector, k -> new Cell(k.name(), null)));
            }
        }
        cells.add(women.get(num(r[4]) > 0));
        return cells;
    }

    private static <E extends Enum<E>> List<Cell> list(Map<E, Cell> cells, E[] order) {
        List<Cell> list = new ArrayList<>();
        for (E e : order) {
            Cell c = cells.get(e);
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }

    static long num(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) o).longValue();
    }
}
