package ml.jigi.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.audit.Audit;
import ml.jigi.code.ModerationStatus;
import ml.jigi.program.ManageOrganizationResource;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramForm;
import ml.jigi.program.ProgramService;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupForm;
import ml.jigi.startup.StartupService;
import ml.jigi.web.Dates;
import ml.jigi.web.Form;
import ml.jigi.web.FormMessages;

/**
 * Imports `{"organizations": [...], "programs": [...], "startups": [...]}` with the field names of
 * DESIGN §3 and the codes of §4, upserting by slug. Each record is read by the same code as the
 * form it would come from, so it is checked by the same rules and its errors say the same things;
 * a bad record is skipped and listed (slug, field, reason), the good ones are saved, approved or
 * published (the importer is the moderator) and audited. Importing the same file twice changes
 * nothing the second time. A dry run does everything and rolls it back.
 */
@ApplicationScoped
public class Importer {

    @Inject
    ModerationService moderation;


    /** More records than this in one file are refused as a whole. */
    public static final int MAX_RECORDS = 10_000;
    static final int SHOWN_SKIPPED = 200;
    /** A whole import is one transaction: ten thousand records get five minutes. */
    static final int TIMEOUT_SECONDS = 300;
    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** What happened to one record. */
    @io.quarkus.qute.TemplateData
    public record Outcome(String kind, String slug, String result, String field, String reason) {
    }

    /** What an import did (or would do, for a dry run). */
    @io.quarkus.qute.TemplateData
    public record Report(boolean dryRun, List<Outcome> outcomes) {
        public long count(String kind, String result) {
            return outcomes.stream().filter(o -> o.kind().equals(kind) && o.result().equals(result)).count();
        }

        public List<Outcome> skipped() {
            return outcomes.stream().filter(o -> o.result().equals("skipped")).toList();
        }

        /** The first skipped records, for a page that stays light; the API gives them all. */
        public List<Outcome> skippedShown() {
            return skipped().stream().limit(SHOWN_SKIPPED).toList();
        }

        public long skippedNotShown() {
            return Math.max(0, skipped().size() - SHOWN_SKIPPED);
        }
    }

    /** The file as a whole could not be read. */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    @Inject
    Audit audit;

    /** Thrown at the end of a dry run to roll everything back. */
    private static final class DryRun extends RuntimeException {
        DryRun() {
            super("dry run", null, false, false);
        }
    }

    public Report run(JsonNode root, boolean dryRun, long adminId, FormMessages msg) {
        if (root == null || !root.isObject()) {
            throw new Unreadable("not a JSON object");
        }
        int total = 0;
        for (String key : List.of("organizations", "programs", "startups")) {
            JsonNode list = root.get(key);
            if (list != null && !list.isArray()) {
                throw new Unreadable("\"" + key + "\" is not a list");
            }
            total += list == null ? 0 : list.size();
        }
        if (total > MAX_RECORDS) {
            throw new Unreadable("more than " + MAX_RECORDS + " records");
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            // Records created are flushed at once; lookups by slug need not flush the updates.
            Startup.getEntityManager().setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            for (JsonNode r : iterable(root.get("organizations"))) {
                outcomes.add(organization(r, adminId, msg));
            }
            for (JsonNode r : iterable(root.get("programs"))) {
                outcomes.add(program(r, adminId, msg));
            }
            for (JsonNode r : iterable(root.get("startups"))) {
                outcomes.add(startup(r, adminId, msg));
            }
            long created = outcomes.stream().filter(o -> o.result().equals("created")).count();
            long updated = outcomes.stream().filter(o -> o.result().equals("updated")).count();
            long skipped = outcomes.stream().filter(o -> o.result().equals("skipped")).count();
            audit.record(adminId, "import.run", "import", null, (dryRun ? "dry run: " : "") + created + " created, "
                    + updated + " updated, " + skipped + " skipped");
            if (dryRun) {
                throw new DryRun(); // everything was done and checked: now undo it
            }
            });
        } catch (DryRun | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (!(e instanceof DryRun) && !(e.getCause() instanceof DryRun)) {
                throw new jakarta.persistence.PersistenceException("The import was not saved", e);
            }
        }
        return new Report(dryRun, outcomes);
    }

    private Outcome organization(JsonNode r, long adminId, FormMessages msg) {
        String slug = text(r, "slug");
        Outcome bad = slugProblem("organization", slug, msg);
        if (bad != null) {
            return bad;
        }
        Organization org = Organization.find("slug", slug).firstResult();
        Form form = form(r, msg, defaults(org == null ? null : Snapshots.of(org), Map.of("country", "Mali")));
        Organization typed = ManageOrganizationResource.read(form);
        if (form.hasErrors()) {
            return skipped("organization", slug, form);
        }
        Instant now = Instant.now();
        if (org == null) {
            org = new Organization();
            ProgramService.copy(typed, org);
            org.slug = slug;
            org.moderationStatus = ModerationStatus.pending;
            org.createdAt = now;
            org.updatedAt = now;
            org.persistAndFlush();
            audit.record(adminId, "import.create", "organization", org.id, slug);
            // The administrator who imports vouches for it: approved through the one moderation path.
            moderation.decide(ModerationService.Kind.organization, org.id, org.version, ModerationService.Decision.approve,
                    null, adminId);
            return new Outcome("organization", slug, "created", null, null);
        }
        String before = fingerprint(org.name, org.kind, org.country, org.website, org.description);
        ProgramService.copy(typed, org);
        if (before.equals(fingerprint(org.name, org.kind, org.country, org.website, org.description))) {
            return new Outcome("organization", slug, "unchanged", null, null);
        }
        org.updatedAt = now;
        audit.record(adminId, "import.update", "organization", org.id, slug);
        if (org.moderationStatus == ModerationStatus.approved) {
            Snapshots.keep(ModerationService.Kind.organization, org.id, Snapshots.of(org));
        }
        return new Outcome("organization", slug, "updated", null, null);
    }

    private Outcome program(JsonNode r, long adminId, FormMessages msg) {
        String slug = text(r, "slug");
        Outcome bad = slugProblem("program", slug, msg);
        if (bad != null) {
            return bad;
        }
        Organization org = Organization.find("slug", Objects.requireNonNullElse(text(r, "organization"), "")).firstResult();
        if (org == null) {
            return new Outcome("program", slug, "skipped", "organization", msg.form_error_code());
        }
        Program p = Program.find("slug", slug).firstResult();
        Form form = form(r, msg, defaults(p == null ? null : Snapshots.of(p), Map.of("opensAt", Dates.today().toString(),
                "languages", "fr", "format", "hybrid")));
        Program typed = ProgramForm.read(form);
        if (form.hasErrors()) {
            return skipped("program", slug, form);
        }
        Instant now = Instant.now();
        if (p == null) {
            p = new Program();
            ProgramService.copy(typed, p);
            p.organization = org;
            p.slug = slug;
            p.status = ProgramStatus.pending;
            p.submittedAt = now;
            p.createdAt = now;
            p.updatedAt = now;
            p.persistAndFlush();
            audit.record(adminId, "import.create", "program", p.id, slug);
            if (org.isPublic()) { // published through the one moderation path; else it waits for its organization
                moderation.decide(ModerationService.Kind.program, p.id, p.version, ModerationService.Decision.approve, null,
                        adminId);
            }
            return new Outcome("program", slug, "created", null, null);
        }
        String before = fingerprint(program(p), p.organization.id);
        Integer[] weights = {p.weightSector, p.weightStage, p.weightNeeds, p.weightText, p.weightPlace, p.weightLanguage};
        ProgramService.copy(typed, p); // the import carries no weights: the managers' stay
        p.weightSector = weights[0];
        p.weightStage = weights[1];
        p.weightNeeds = weights[2];
        p.weightText = weights[3];
        p.weightPlace = weights[4];
        p.weightLanguage = weights[5];
        p.organization = org;
        if (before.equals(fingerprint(program(p), p.organization.id))) {
            return new Outcome("program", slug, "unchanged", null, null);
        }
        p.updatedAt = now;
        audit.record(adminId, "import.update", "program", p.id, slug);
        if (p.status.isPublic()) {
            Snapshots.keep(ModerationService.Kind.program, p.id, Snapshots.of(p));
        }
        return new Outcome("program", slug, "updated", null, null);
    }

    private Outcome startup(JsonNode r, long adminId, FormMessages msg) {
        String slug = text(r, "slug");
        Outcome bad = slugProblem("startup", slug, msg);
        if (bad != null) {
            return bad;
        }
        Startup s = Startup.find("slug", slug).firstResult();
        Form form = form(r, msg, defaults(s == null ? null : Snapshots.of(s), Map.of("languages", "fr", "visibility",
                "visible", "revenueBand", "none", "fundingBand", "none")));
        Startup typed = StartupForm.read(form);
        if (form.hasErrors()) {
            return skipped("startup", slug, form);
        }
        Instant now = Instant.now();
        if (s == null) {
            s = new Startup();
            StartupService.copyProfile(typed, s);
            s.slug = slug;
            s.moderationStatus = ModerationStatus.pending;
            s.createdAt = now;
            s.updatedAt = now;
            s.persistAndFlush();
            audit.record(adminId, "import.create", "startup", s.id, slug);
            moderation.decide(ModerationService.Kind.startup, s.id, s.version, ModerationService.Decision.approve, null,
                    adminId);
            return new Outcome("startup", slug, "created", null, null);
        }
        String before = fingerprint(startup(s));
        StartupService.copyProfile(typed, s);
        if (before.equals(fingerprint(startup(s)))) {
            return new Outcome("startup", slug, "unchanged", null, null);
        }
        s.updatedAt = now;
        audit.record(adminId, "import.update", "startup", s.id, slug);
        if (s.moderationStatus == ModerationStatus.approved) {
            Snapshots.keep(ModerationService.Kind.startup, s.id, Snapshots.of(s));
        }
        return new Outcome("startup", slug, "updated", null, null);
    }

    private static Object[] program(Program p) {
        return new Object[] {p.title, p.summary, p.description, p.sectors, p.stages, p.regions, p.womenOnly, p.minTeamSize,
            p.requiresIncorporation, p.offers, p.fundingAmount, p.equityPercent == null ? null : p.equityPercent.stripTrailingZeros(),
            p.format, p.city, p.languages, p.opensAt, p.deadline, p.startsAt, p.seats};
    }

    private static Object[] startup(Startup s) {
        return new Object[] {s.name, s.tagline, s.description, s.sectors, s.stage, s.region, s.city, s.foundedYear, s.teamSize,
            s.womenLed, s.youthLed, s.incorporated, s.revenueBand, s.fundingBand, s.needs, s.languages, s.website, s.phone,
            s.visibility};
    }

    private static String fingerprint(Object... values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            b.append(v instanceof Object[] a ? fingerprint(a) : String.valueOf(v)).append('\u0001');
        }
        return b.toString();
    }

    private static Outcome slugProblem(String kind, String slug, FormMessages msg) {
        if (slug == null || slug.isBlank()) {
            return new Outcome(kind, "", "skipped", "slug", msg.form_error_required());
        }
        if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            return new Outcome(kind, slug, "skipped", "slug", msg.form_error_code());
        }
        return null;
    }

    private static Outcome skipped(String kind, String slug, Form form) {
        List<String> fields = new ArrayList<>(form.errors().keySet());
        String field = String.join(", ", fields);
        String reason = String.join(" ; ", fields.stream().map(form::error).toList());
        return new Outcome(kind, slug, "skipped", field, reason);
    }

    /** A record as the form fields it would have been typed into: lists repeat, booleans are "on". */
    static Form form(JsonNode record, FormMessages msg, Map<String, List<String>> defaults) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (record != null && record.isObject()) {
            record.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                List<String> values = new ArrayList<>();
                if (v.isArray()) {
                    v.forEach(item -> values.add(item.isTextual() ? item.asText() : item.toString()));
                } else if (v.isBoolean()) {
                    values.add(v.booleanValue() ? "on" : "false");
                } else if (!v.isNull()) {
                    values.add(v.isTextual() ? v.asText() : v.toString());
                }
                fields.put(e.getKey(), values);
            });
        }
        Map<String, List<String>> withDefaults = new HashMap<>(fields);
        defaults.forEach((name, value) -> {
            if (!withDefaults.containsKey(name) && value != null) {
                withDefaults.put(name, value);
            }
        });
        return new Form(withDefaults, msg);
    }

    /** Fields held by several values, comma-joined in a snapshot. */
    static final java.util.Set<String> MULTI = java.util.Set.of("sectors", "stages", "regions", "needs", "offers", "languages");

    /**
     * The defaults of a record: for a new one, the forms' own (given here); for an existing one, what
     * it holds now, so that a field the file leaves out keeps its value instead of taking a default.
     */
    static Map<String, List<String>> defaults(Map<String, String> existing, Map<String, String> creation) {
        Map<String, List<String>> defaults = new HashMap<>();
        if (existing == null) {
            creation.forEach((k, v) -> defaults.put(k, List.of(v)));
            return defaults;
        }
        existing.forEach((k, v) -> {
            if (v != null) {
                defaults.put(k, MULTI.contains(k) ? (v.isEmpty() ? List.of() : List.of(v.split(","))) : List.of(v));
            }
        });
        return defaults;
    }

    private static String text(JsonNode record, String name) {
        JsonNode v = record == null ? null : record.get(name);
        return v == null || v.isNull() ? null : v.asText().strip();
    }

    private static Iterable<JsonNode> iterable(JsonNode list) {
        return list == null ? List.of() : list;
    }
}
