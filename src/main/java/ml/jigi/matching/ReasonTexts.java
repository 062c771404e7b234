package ml.jigi.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;
import ml.jigi.code.CodeMessages;
import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/** Reasons in words, in the reader's language: "Réservé aux startups au stade MVP ou plus". */
public final class ReasonTexts {

    /** A reason as a page or the API shows it. */
    @TemplateData
    public record Line(String code, int points, boolean blocking, String text) {
    }

    private final MatchMessages msg;
    private final CodeMessages codes;
    private final DateTimeFormatter longDate;

    public ReasonTexts(MatchMessages msg, CodeMessages codes, Locale locale) {
        this.msg = msg;
        this.codes = codes;
        this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    }

    public List<Line> lines(List<Reason> reasons) {
        return reasons.stream().map(r -> new Line(r.code(), r.points(), r.blocking(), text(r))).toList();
    }

    public String text(Reason r) {
        List<String> a = r.args();
        return switch (r.code()) {
            case "closed" -> msg.reason_closed(date(a.get(0)));
            case "not_open" -> msg.reason_not_open(date(a.get(0)));
            case "region_excluded" -> msg.reason_region_excluded(list(a, Region.class, codes::region));
            case "stage_excluded" -> stages(a);
            case "sector_excluded" -> msg.reason_sector_excluded(list(a, Sector.class, codes::sector));
            case "women_only" -> msg.reason_women_only();
            case "team_too_small" -> msg.reason_team_too_small(Integer.parseInt(a.get(0)));
            case "incorporation_required" -> msg.reason_incorporation_required();
            case "sector_named" -> msg.reason_sector_named(list(a, Sector.class, codes::sector));
            case "sector_open" -> msg.reason_sector_open();
            case "sector_topic" -> msg.reason_sector_topic(list(a, Sector.class, codes::sector));
            case "sector_other_topic" -> msg.reason_sector_other_topic(list(a, Sector.class, codes::sector));
            case "cohort_like" -> cohort(Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)), Integer.parseInt(a.get(2)));
            case "targeted_women" -> msg.reason_targeted_women();
            case "targeted_region" -> msg.reason_targeted_region(codes.region(Region.valueOf(a.get(0))));
            case "targeted_women_region" -> msg.reason_targeted_women_region(codes.region(Region.valueOf(a.get(0))));
            case "stage_named" -> msg.reason_stage_named(codes.stage(Stage.valueOf(a.get(0))));
            case "stage_open" -> msg.reason_stage_open();
            case "needs_met" -> msg.reason_needs_met(Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)),
                    list(a.subList(2, a.size()), Need.class, codes::need));
            case "needs_none_met" -> msg.reason_needs_none_met();
            case "needs_unknown" -> msg.reason_needs_unknown();
            case "text_close" -> msg.reason_text_close(Integer.parseInt(a.get(0)));
            case "place_remote" -> msg.reason_place_remote();
            case "place_city" -> msg.reason_place_city(a.get(1));
            case "place_region" -> msg.reason_place_region(codes.region(Region.valueOf(a.get(0))));
            case "place_hybrid" -> msg.reason_place_hybrid();
            case "place_in_person" -> msg.reason_place_in_person();
            case "language_shared" -> msg.reason_language_shared(list(a, Language.class, codes::language));
            case "language_missing" -> msg.reason_language_missing(list(a, Language.class, codes::language));
            default -> r.code();
        };
    }

    /** What the startup shares with those the program accepted: its sector, its activity (≥ 5 % close), or both. */
    String cohort(int same, int size, int percent) {
        boolean close = percent >= 5;
        if (same == 0) {
            return msg.reason_cohort_text(size);
        }
        return close ? msg.reason_cohort_like(same, size) : msg.reason_cohort_sector(same, size);
    }

    /** "au stade MVP ou plus" when the stages run to the last, "au stade Prototype au plus" from the first, else the list. */
    String stages(List<String> args) {
        List<Stage> stages = args.stream().map(Stage::valueOf).sorted().toList();
        Stage[] all = Stage.values();
        boolean contiguous = stages.get(stages.size() - 1).ordinal() - stages.get(0).ordinal() == stages.size() - 1;
        if (contiguous && stages.get(stages.size() - 1) == all[all.length - 1]) {
            return msg.reason_stage_min(codes.stage(stages.get(0)));
        }
        if (contiguous && stages.get(0) == all[0]) {
            return msg.reason_stage_max(codes.stage(stages.get(stages.size() - 1)));
        }
        return msg.reason_stage_excluded(list(args, Stage.class, codes::stage));
    }

    private String date(String iso) {
        return LocalDate.parse(iso).format(longDate);
    }

    private static <E extends Enum<E>> String list(List<String> args, Class<E> type, Function<E, String> label) {
        return args.stream().map(code -> label.apply(Enum.valueOf(type, code))).collect(Collectors.joining(", "));
    }

}
