package ml.jigi.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.code.CodeSets;
import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;

/**
 * The features of every public program and of every approved, visible startup, kept in memory by
 * each instance and brought up to date from the database on each use:
 * <ul>
 * <li>programs are reloaded whole when catalog_stamp row 1 moves (triggers move it with any change to
 * programs or organizations); their text weights depend on all of them (IDF);</li>
 * <li>startups are updated one by one: triggers give every inserted or updated startup row a
 * change_seq, in commit order, and catalog_stamp row 2 holds the last one; the index reads the rows
 * changed since the number it has seen.</li>
 * </ul>
 * So two instances on one database see the same features, and a change shows from the next request on.
 */
@ApplicationScoped
public class MatchIndex {

    /**
     * The public programs at one catalog stamp, with the IDF their text vectors use. {@code all},
     * {@code byId} and {@code bySlug} are the founders' view of them; {@code forManagers} holds, for the
     * programs that have a past cohort, the view that also reads it (startups ranked for a program).
     */
    public record Programs(long stamp, List<ProgramFeatures> all, Map<Long, ProgramFeatures> byId,
            Map<String, ProgramFeatures> bySlug, TextSimilarity.Idf idf, Map<Long, CohortProfile> cohorts,
            Map<Long, ProgramFeatures> forManagers) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MatchingConfig config;

    private volatile Programs programs = new Programs(Long.MIN_VALUE, List.of(), Map.of(), Map.of(),
            TextSimilarity.Idf.of(List.of()), Map.of(), Map.of());
    private final Map<Long, StartupFeatures> startups = new ConcurrentHashMap<>();
    private volatile long startupSeq = -1;

    public Programs programs() {
        try (Connection c = dataSource.getConnection()) {
            long stamp = stamp(c, 1);
            if (programs.stamp() != stamp) {
                synchronized (this) {
                    if (programs.stamp() != stamp) {
                        programs = loadPrograms(c, stamp);
                    }
                }
            }
            return programs;
        } catch (SQLException e) {
            throw new IllegalStateException("Programs could not be read for matching", e);
        }
    }

    /** The approved, visible startups, up to date; and the change number they are at. */
    public Collection<StartupFeatures> startups() {
        refreshStartups();
        return startups.values();
    }

    public long startupSeq() {
        refreshStartups();
        return startupSeq;
    }

    private void refreshStartups() {
        try (Connection c = dataSource.getConnection()) {
            long seq = stamp(c, 2);
            if (seq != startupSeq) {
                synchronized (startups) {
                    if (seq != startupSeq) {
                        loadStartups(c, startupSeq);
                        startupSeq = seq;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Startups could not be read for matching", e);
        }
    }

    /**
     * The features of a program as founders see it (public or not: a manager's draft), with the current
     * IDF. Never its past cohort: a founder could otherwise probe, with a throwaway profile, which
     * startups the program accepted (docs/matching.md).
     */
    public ProgramFeatures features(Program p) {
        Programs current = programs();
        ProgramFeatures known = current.byId().get(p.id);
        if (known != null && known.version() == p.version) {
            return known;
        }
        return build(p.id, p.slug, p.title, p.organization.name, p.status, p.opensAt, p.deadline, CodeSets.join(p.sectors),
                CodeSets.join(p.stages), CodeSets.join(p.regions), p.womenOnly, p.minTeamSize, p.requiresIncorporation,
                CodeSets.join(p.offers), p.format, p.city, CodeSets.join(p.languages),
                TextSimilarity.terms(p.title + "\n" + p.summary + "\n" + p.description), current.idf(),
                weights(p.weightSector, p.weightStage, p.weightNeeds, p.weightText, p.weightPlace, p.weightLanguage),
                p.version, null, config.cohortWeight(), config.targetWeight());
    }

    /**
     * The features of a program for ranking startups for its managers: with what its accepted startups
     * have in common ({@link CohortProfile}), which they know.
     */
    public ProgramFeatures forManagers(Program p) {
        Programs current = programs();
        CohortProfile cohort = current.cohorts().get(p.id);
        if (cohort == null) {
            return features(p);
        }
        ProgramFeatures known = current.forManagers().get(p.id);
        if (known != null && known.version() == p.version) {
            return known;
        }
        return features(p).withCohort(cohort, config.cohortWeight(), config.targetWeight());
    }

    public Weights weights(Integer sector, Integer stage, Integer needs, Integer text, Integer place, Integer language) {
        Weights d = config.weights();
        return new Weights(sector == null ? d.sector() : sector, stage == null ? d.stage() : stage,
                needs == null ? d.needs() : needs, text == null ? d.text() : text, place == null ? d.place() : place,
                language == null ? d.language() : language);
    }

    static long stamp(Connection c, int id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM catalog_stamp WHERE id = ?")) {
            s.setInt(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private Programs loadPrograms(Connection c, long stamp) throws SQLException {
        record Row(long id, String slug, String title, String org, ProgramStatus status, LocalDate opensAt,
                LocalDate deadline, String sectors, String stages, String regions, boolean womenOnly, Integer minTeam,
                boolean incorporation, String offers, ProgramFormat format, String city, String languages,
                Map<String, Integer> terms, Weights weights, long version) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT p.id, p.slug, p.title, o.name, p.status, p.opens_at, p.deadline, p.sectors, p.stages, p.regions, "
                        + "p.women_only, p.min_team_size, p.requires_incorporation, p.offers, p.format, p.city, p.languages, "
                        + "p.summary, p.description, p.weight_sector, p.weight_stage, p.weight_needs, p.weight_text, "
                        + "p.weight_place, p.weight_language, p.version FROM program p "
                        + "JOIN organization o ON o.id = p.organization_id "
                        + "WHERE p.status IN ('published', 'closed') AND o.moderation_status = 'approved'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        ProgramStatus.valueOf(r.getString(5)), r.getObject(6, LocalDate.class),
                        r.getObject(7, LocalDate.class), r.getString(8), r.getString(9), r.getString(10), r.getBoolean(11),
                        (Integer) r.getObject(12), r.getBoolean(13), r.getString(14), ProgramFormat.valueOf(r.getString(15)),
                        r.getString(16), r.getString(17),
                        TextSimilarity.terms(r.getString(3) + "\n" + r.getString(18) + "\n" + r.getString(19)),
                        weights((Integer) r.getObject(20), (Integer) r.getObject(21), (Integer) r.getObject(22),
                                (Integer) r.getObject(23), (Integer) r.getObject(24), (Integer) r.getObject(25)),
                        r.getLong(26)));
            }
        }
        TextSimilarity.Idf idf = TextSimilarity.Idf.of(rows.stream().map(row -> row.terms().keySet()).toList());
        Map<Long, CohortProfile> cohorts = cohorts(c);
        List<ProgramFeatures> all = new ArrayList<>();
        Map<Long, ProgramFeatures> byId = new HashMap<>();
        Map<String, ProgramFeatures> bySlug = new HashMap<>();
        Map<Long, ProgramFeatures> forManagers = new HashMap<>();
        for (Row row : rows) {
            ProgramFeatures f = build(row.id(), row.slug(), row.title(), row.org(), row.status(), row.opensAt(),
                    row.deadline(), row.sectors(), row.stages(), row.regions(), row.womenOnly(), row.minTeam(),
                    row.incorporation(), row.offers(), row.format(), row.city(), row.languages(), row.terms(), idf,
                    row.weights(), row.version(), null, config.cohortWeight(), config.targetWeight());
            all.add(f);
            byId.put(f.id(), f);
            bySlug.put(f.slug(), f);
            CohortProfile cohort = cohorts.get(row.id());
            if (cohort != null) {
                forManagers.put(f.id(), f.withCohort(cohort, config.cohortWeight(), config.targetWeight()));
            }
        }
        return new Programs(stamp, List.copyOf(all), Map.copyOf(byId), Map.copyOf(bySlug), idf, Map.copyOf(cohorts),
                Map.copyOf(forManagers));
    }

    /**
     * What each program's accepted startups have in common: their sectors and descriptions only (never
     * their region or who leads them, see {@link CohortProfile}); programs with fewer than
     * {@link CohortProfile#MIN_SIZE} accepted have none.
     */
    private static Map<Long, CohortProfile> cohorts(Connection c) throws SQLException {
        Map<Long, List<CohortProfile.Member>> members = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.program_id, s.sectors, s.tagline, s.description "
                + "FROM application a JOIN startup s ON s.id = a.startup_id WHERE a.status = 'accepted'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                members.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(CohortProfile.Member.of(
                        Bits.of(CodeSets.split(r.getString(2), Sector.class)), r.getString(3) + "\n" + r.getString(4)));
            }
        }
        Map<Long, CohortProfile> cohorts = new HashMap<>();
        members.forEach((program, list) -> {
            CohortProfile profile = CohortProfile.of(list);
            if (profile != null) {
                cohorts.put(program, profile);
            }
        });
        return cohorts;
    }

    static ProgramFeatures build(long id, String slug, String title, String org, ProgramStatus status, LocalDate opensAt,
            LocalDate deadline, String sectors, String stages, String regions, boolean womenOnly, Integer minTeam,
            boolean incorporation, String offers, ProgramFormat format, String city, String languages,
            Map<String, Integer> terms, TextSimilarity.Idf idf, Weights weights, long version, CohortProfile cohort,
            int cohortWeight, int targetWeight) {
        return ProgramFeatures.of(id, slug, title, org, status, opensAt, deadline,
                Bits.of(CodeSets.split(sectors, Sector.class)), Bits.of(CodeSets.split(stages, Stage.class)),
                Bits.of(CodeSets.split(regions, Region.class)), womenOnly, minTeam == null ? 0 : minTeam, incorporation,
                Bits.of(CodeSets.split(offers, Need.class)), format, city,
                Bits.of(CodeSets.split(languages, Language.class)), TextSimilarity.tfidf(terms, idf), weights, version,
                SectorTopics.of(terms), cohort, cohortWeight, targetWeight);
    }

    private void loadStartups(Connection c, long since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, slug, name, city, sectors, stage, region, team_size, women_led, youth_led, incorporated, needs, "
                        + "languages, tagline, description, version, moderation_status, visibility FROM startup "
                        + "WHERE change_seq > ?")) {
            s.setLong(1, since);
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (!"approved".equals(r.getString(17)) || !"visible".equals(r.getString(18))) {
                        startups.remove(id);
                        continue;
                    }
                    startups.put(id, StartupFeatures.of(id, r.getString(2), r.getString(3), r.getString(4),
                            CodeSets.split(r.getString(5), Sector.class), Stage.valueOf(r.getString(6)),
                            Region.valueOf(r.getString(7)), r.getInt(8), r.getBoolean(9), r.getBoolean(10), r.getBoolean(11),
                            CodeSets.split(r.getString(12), Need.class), CodeSets.split(r.getString(13), Language.class),
                            r.getString(14) + "\n" + r.getString(15), r.getLong(16)));
                }
            }
        }
    }
}
