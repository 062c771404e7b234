package ml.jigi.program;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.code.CodeSets;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/**
 * The public catalog: published (and closed) programs of approved organizations, open ones first
 * by nearest deadline, then upcoming ones by opening date, then closed ones, latest first.
 * <p>
 * Each instance keeps the catalog in memory and checks one database row, catalog_stamp, on every
 * request; triggers move that row with every change to programs and organizations, in the same
 * transaction, so any instance sees a change from its next request on. Search and filters run on
 * the cached rows: every word must appear in the title, summary, description or organization
 * name, compared without case or accents ("societe" finds "Société"), as the database collation
 * (utf8mb4_unicode_ci) would.
 */
@ApplicationScoped
public class ProgramCatalog {

    public static final int PAGE_SIZE = 20;
    static final int MAX_WORDS = 6;

    /** Filters as read from the query string; null means "any". */
    public record Filters(String q, Sector sector, Stage stage, Region region, ProgramFormat format, boolean open) {

        /** Everything that changes the results, normalized: equal keys, equal pages. */
        String key() {
            return String.join(" ", words()) + "|" + sector + "|" + stage + "|" + region + "|" + format + "|" + open;
        }

        boolean isEmpty() {
            return (q == null || q.isBlank()) && sector == null && stage == null && region == null && format == null
                    && !open;
        }

        List<String> words() {
            if (q == null || q.isBlank()) {
                return List.of();
            }
            return Arrays.stream(fold(q).split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        }
    }

    /** A catalog row, as the list shows it. */
    @TemplateData
    public record Entry(long id, String slug, String title, String summary, String organizationName,
            String organizationSlug, ProgramFormat format, String city, Set<Sector> sectors, Set<Stage> stages,
            Set<Region> regions, ProgramStatus status, LocalDate opensAt, LocalDate deadline, String folded) {

        public boolean isOpenOn(LocalDate day) {
            return Deadline.isOpen(status, opensAt, deadline, day);
        }

        public String deadlineState(LocalDate day) {
            return Deadline.state(status, opensAt, deadline, day);
        }

        public long daysLeft(LocalDate day) {
            return Deadline.daysLeft(deadline, day);
        }

        boolean matches(Filters f, List<String> words, LocalDate day) {
            if (f.sector() != null && !sectors.isEmpty() && !sectors.contains(f.sector())
                    || f.stage() != null && !stages.isEmpty() && !stages.contains(f.stage())
                    || f.region() != null && !regions.isEmpty() && !regions.contains(f.region())
                    || f.format() != null && format != f.format()
                    || f.open() && !isOpenOn(day)) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!folded.contains(words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One page of results and how many there are in all. */
    public record Page(List<Entry> entries, long total) {
    }

    private record Snapshot(long stamp, LocalDate day, List<Entry> ordered) {
    }

    @Inject
    AgroalDataSource dataSource;

    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, LocalDate.MIN, List.of());
    private volatile boolean stale;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProgramCatalog.class);

    /** What the catalog's results depend on, as a key for rendered pages. */
    public String pageKey(Filters filters, int pageIndex, LocalDate day, String language) {
        return "catalog|" + current(day).stamp() + "|" + day + "|" + language + "|" + filters.key() + "|" + pageIndex;
    }

    public Page search(Filters filters, int pageIndex, LocalDate day) {
        List<Entry> all = current(day).ordered();
        List<Entry> matching;
        if (filters.isEmpty()) {
            matching = all;
        } else {
            List<String> words = filters.words();
            matching = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).matches(filters, words, day)) {
                    matching.add(all.get(i));
                }
            }
        }
        int from = (int) Math.min((long) pageIndex * PAGE_SIZE, matching.size());
        return new Page(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), matching.size());
    }

    private Snapshot current(LocalDate day) {
        try (Connection connection = dataSource.getConnection()) {
            long stamp = stamp(connection);
            stale = false;
            Snapshot s = snapshot;
            if (s.stamp() == stamp && s.day().equals(day)) {
                return s;
            }
            synchronized (this) {
                s = snapshot;
                if (s.stamp() != stamp) {
                    s = new Snapshot(stamp, day, order(load(connection), day));
                } else if (!s.day().equals(day)) {
                    s = new Snapshot(stamp, day, order(s.ordered(), day));
                }
                snapshot = s;
                return s;
            }
        } catch (SQLException e) {
            Snapshot known = snapshot;
            if (known.stamp() == Long.MIN_VALUE) {
                throw new IllegalStateException("The catalog could not be read", e);
            }
            if (!stale) {
                LOG.warnf("The database is out of reach; the catalog shows what it last knew: %s", e.getMessage());
            }
            stale = true;
            return known.day().equals(day) ? known : new Snapshot(known.stamp(), day, order(known.ordered(), day));
        }
    }

    /**
     * Whether the last request found the database out of reach and was given the catalog as it was
     * last read (the page then says so, discreetly).
     */
    public boolean isStale() {
        return stale;
    }

    /** The published program of this slug as the catalog last read it, when the database is out of reach. */
    public Optional<Entry> lastKnown(String slug) {
        return snapshot.ordered().stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    static long stamp(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM catalog_stamp WHERE id = 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static List<Entry> load(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT p.id, p.slug, p.title, p.summary, p.description, o.name, o.slug, p.format, p.city, p.sectors, "
                        + "p.stages, p.regions, p.status, p.opens_at, p.deadline FROM program p "
                        + "JOIN organization o ON o.id = p.organization_id "
                        + "WHERE p.status IN ('published', 'closed') AND o.moderation_status = 'approved'");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String title = rows.getString(3);
                String summary = rows.getString(4);
                String organization = rows.getString(6);
                entries.add(new Entry(rows.getLong(1), rows.getString(2), title, summary, organization, rows.getString(7),
                        ProgramFormat.valueOf(rows.getString(8)), rows.getString(9),
                        CodeSets.split(rows.getString(10), Sector.class), CodeSets.split(rows.getString(11), Stage.class),
                        CodeSets.split(rows.getString(12), Region.class), ProgramStatus.valueOf(rows.getString(13)),
                        rows.getObject(14, LocalDate.class), rows.getObject(15, LocalDate.class),
                        fold(title + " " + summary + " " + rows.getString(5) + " " + organization)));
            }
        }
        return entries;
    }

    /** Open first by nearest deadline, then upcoming by opening date, then closed, latest first. */
    static List<Entry> order(List<Entry> entries, LocalDate day) {
        Comparator<Entry> byGroup = Comparator.comparingInt(e -> e.isOpenOn(day) ? 0
                : Deadline.isUpcoming(e.status(), e.opensAt(), day) ? 1 : 2);
        Comparator<Entry> within = (a, b) -> {
            if (a.isOpenOn(day)) {
                return a.deadline().compareTo(b.deadline());
            }
            if (Deadline.isUpcoming(a.status(), a.opensAt(), day)) {
                return a.opensAt().compareTo(b.opensAt());
            }
            return b.deadline().compareTo(a.deadline());
        };
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(byGroup.thenComparing(within).thenComparingLong(Entry::id));
        return List.copyOf(sorted);
    }

    /** Lower case, without accents: how the database collation compares text. */
    static String fold(String text) {
        String bambara = text.replace('ɛ', 'e').replace('Ɛ', 'E').replace('ɔ', 'o').replace('Ɔ', 'O');
        return Normalizer.normalize(bambara, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('œ', 'o').replace('æ', 'a');
    }

    /** Published programs of one organization, for its public page, in catalog order. */
    public List<Program> ofOrganization(long organizationId, LocalDate today) {
        List<Program> programs = Program.list("organization.id = ?1 and status in ?2", organizationId,
                List.of(ProgramStatus.published, ProgramStatus.closed));
        programs.sort(Comparator.comparing((Program p) -> p.isOpenOn(today) ? 0 : p.opensAt.isAfter(today) ? 1 : 2)
                .thenComparing(p -> p.deadline));
        return programs;
    }
}
