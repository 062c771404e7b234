package ml.jigi.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ml.jigi.code.CodeSets;
import ml.jigi.moderation.ModerationService.Kind;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;

/**
 * What an item said when it was last approved (or published), kept as JSON beside it
 * (`approved_snapshot`, V10), so that the moderation page shows what changed since, field by field,
 * instead of making the moderator read everything again.
 */
public final class Snapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One field that differs from the approved version. */
    @io.quarkus.qute.TemplateData
    public record Change(String field, String before, String after) {
    }

    private Snapshots() {
    }

    static Map<String, String> of(Startup s) {
        return fields("name", s.name, "tagline", s.tagline, "description", s.description, "sectors", CodeSets.join(s.sectors),
                "stage", s.stage, "region", s.region, "city", s.city, "foundedYear", s.foundedYear, "teamSize", s.teamSize,
                "womenLed", s.womenLed, "youthLed", s.youthLed, "incorporated", s.incorporated, "revenueBand",
                s.revenueBand == null ? null : s.revenueBand.code(), "fundingBand",
                s.fundingBand == null ? null : s.fundingBand.code(), "needs", CodeSets.join(s.needs), "languages",
                CodeSets.join(s.languages), "website", s.website, "phone", s.phone, "visibility", s.visibility);
    }

    static Map<String, String> of(Organization o) {
        return fields("name", o.name, "kind", o.kind, "country", o.country, "website", o.website, "description",
                o.description);
    }

    static Map<String, String> of(Program p) {
        return fields("title", p.title, "summary", p.summary, "description", p.description, "sectors",
                CodeSets.join(p.sectors), "stages", CodeSets.join(p.stages), "regions", CodeSets.join(p.regions),
                "womenOnly", p.womenOnly, "minTeamSize", p.minTeamSize, "requiresIncorporation", p.requiresIncorporation,
                "offers", CodeSets.join(p.offers), "fundingAmount", p.fundingAmount, "equityPercent",
                p.equityPercent == null ? null : p.equityPercent.stripTrailingZeros().toPlainString(), "format", p.format,
                "city", p.city, "languages", CodeSets.join(p.languages), "opensAt", p.opensAt, "deadline", p.deadline,
                "startsAt", p.startsAt, "seats", p.seats);
    }

    /** Keeps the item as it is now as its approved version (in the caller's transaction). */
    static void keep(Kind kind, long id, Map<String, String> fields) {
        try {
            Startup.getEntityManager().createNativeQuery("UPDATE " + table(kind) + " SET approved_snapshot = ?1 WHERE id = ?2")
                    .setParameter(1, JSON.writeValueAsString(fields)).setParameter(2, id).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The approved version, if the item was ever approved since snapshots exist. */
    static Optional<Map<String, String>> approved(Kind kind, long id) {
        List<?> rows = Startup.getEntityManager().createNativeQuery("SELECT approved_snapshot FROM " + table(kind)
                + " WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(rows.get(0).toString(), new TypeReference<LinkedHashMap<String, String>>() {
            }));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The fields that differ, in the item's order. */
    static List<Change> changes(Map<String, String> approved, Map<String, String> now) {
        List<Change> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            String before = approved.get(field);
            if (!Objects.equals(before, value)) {
                changes.add(new Change(field, before == null ? "" : before, value == null ? "" : value));
            }
        });
        return changes;
    }

    private static String table(Kind kind) {
        return switch (kind) {
            case startup -> "startup";
            case organization -> "organization";
            case program -> "program";
        };
    }

    private static Map<String, String> fields(Object... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i].toString(), pairs[i + 1] == null ? null : pairs[i + 1].toString());
        }
        return m;
    }
}
