package ml.jigi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.ProgramStatus;

/**
 * The fit of a startup for a program: pure, deterministic, and cheap enough to rank 100,000
 * startups for a program on each request that needs it.
 * <p>
 * Hard rules make a pair ineligible and each says which rule failed: applications not open (not
 * yet, or no longer), region, stage, sector, women-led only, minimum team size, incorporation.
 * Soft parts each bring points, their fraction times their weight's share of 100: sector (a program
 * that names your sector counts fully, half when it names four or more; one open to all sectors 0.4,
 * or fully when its text is about your sector and not at all when it is about another, see
 * {@link SectorTopics}), stage (a named
 * stage fully, open to all half), needs met by the offers, similarity of the descriptions, place and
 * format, a shared language, for a program reserved to women-led startups or to some regions that
 * you are one of them, and in a manager's ranking how much you resemble the startups the program
 * accepted ({@link CohortProfile}). The points of the reasons add up to the total.
 */
public final class MatchScorer {

    /** Eligible pairs sort before ineligible ones, then by total: see {@link #rank}. */
    public static final int ELIGIBLE = 1000;

    private static final Comparator<Reason> BLOCKING_FIRST_THEN_POINTS = Comparator
            .comparing((Reason r) -> !r.blocking()).thenComparing(Comparator.comparingInt(Reason::points).reversed());

    private final double textSaturation;

    public MatchScorer(double textSaturation) {
        this.textSaturation = textSaturation;
    }

    /** The fit with its reasons, for showing. */
    public MatchResult score(StartupFeatures s, ProgramFeatures p, LocalDate day) {
        List<Reason> reasons = new ArrayList<>(10);
        int packed = evaluate(s, p, day, reasons);
        reasons.sort(BLOCKING_FIRST_THEN_POINTS);
        return new MatchResult(packed % ELIGIBLE, packed >= ELIGIBLE, List.copyOf(reasons));
    }

    /**
     * The fit as one sortable number: {@link #ELIGIBLE} + total when eligible, the total otherwise.
     * The same arithmetic as {@link #score}, without the reasons (a test holds them equal).
     */
    public int rank(StartupFeatures s, ProgramFeatures p, LocalDate day) {
        return rank(s, p, day.toEpochDay());
    }

    public int rank(StartupFeatures s, ProgramFeatures p, long day) {
        ProgramFeatures.Fast f = p.fast();
        boolean eligible = p.status() == ProgramStatus.published && day >= f.opensDay() && day <= f.deadlineDay()
                && (p.regions() == 0 || (p.regions() & (1 << s.region().ordinal())) != 0)
                && (p.stages() == 0 || (p.stages() & (1 << s.stage().ordinal())) != 0)
                && (p.sectors() == 0 || (p.sectors() & s.sectors()) != 0)
                && (!p.womenOnly() || s.womenLed()) && p.minTeamSize() <= s.teamSize()
                && (!p.requiresIncorporation() || s.incorporated());
        int total = p.sectors() != 0 ? (p.sectors() & s.sectors()) != 0 ? f.sectorNamed() : 0
                : p.topics() == 0 ? f.sectorHalf() : (p.topics() & s.sectors()) != 0 ? f.sectorFull() : f.sectorOffTopic();
        total += p.stages() == 0 ? f.stageHalf() : (p.stages() & (1 << s.stage().ordinal())) != 0 ? f.stageFull() : 0;
        int wanted = Integer.bitCount(s.needs());
        if (wanted != 0) {
            total += (int) Math.round((double) Integer.bitCount(s.needs() & p.offers()) / wanted * f.needsScale());
        }
        total += (int) Math.round(Math.min(1, f.terms().dot(s.text()) / textSaturation) * f.textScale());
        total += (int) Math.round(place(s, p) * f.placeScale());
        if (p.languages() == 0 || (p.languages() & s.languages()) != 0) {
            total += f.languagePoints();
        }
        CohortProfile cohort = p.cohort();
        if (cohort != null) {
            total += (int) Math.round(cohortFraction(cohort, s) * f.cohortScale());
        }
        if (f.targetPoints() != 0 && (!p.womenOnly() || s.womenLed())
                && (p.regions() == 0 || (p.regions() & (1 << s.region().ordinal())) != 0)) {
            total += f.targetPoints();
        }
        total = Math.min(100, total);
        return eligible ? ELIGIBLE + total : total;
    }

    private int evaluate(StartupFeatures s, ProgramFeatures p, LocalDate day, List<Reason> out) {
        // Keep in step with rank(): the test MatchScorerTest.theReasonsAddUpToTheTotal holds them equal.
        boolean eligible = true;

        // Hard rules.
        if (p.status() != ProgramStatus.published || day.isAfter(p.deadline())) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("closed", p.deadline().toString()));
            }
        } else if (day.isBefore(p.opensAt())) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("not_open", p.opensAt().toString()));
            }
        }
        if (p.regions() != 0 && !Bits.has(p.regions(), s.region())) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("region_excluded", codes(p.regions(), Region.class)));
            }
        }
        if (p.stages() != 0 && !Bits.has(p.stages(), s.stage())) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("stage_excluded", codes(p.stages(), Stage.class)));
            }
        }
        if (p.sectors() != 0 && (p.sectors() & s.sectors()) == 0) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("sector_excluded", codes(p.sectors(), Sector.class)));
            }
        }
        if (p.womenOnly() && !s.womenLed()) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("women_only"));
            }
        }
        if (p.minTeamSize() > s.teamSize()) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("team_too_small", Integer.toString(p.minTeamSize())));
            }
        }
        if (p.requiresIncorporation() && !s.incorporated()) {
            eligible = false;
            if (out != null) {
                out.add(Reason.blocking("incorporation_required"));
            }
        }

        // Soft parts, with the same arithmetic as rank().
        ProgramFeatures.Fast f = p.fast();
        int total = 0;

        boolean sectorNamed = p.sectors() != 0 && (p.sectors() & s.sectors()) != 0;
        boolean onTopic = p.sectors() == 0 && (p.topics() & s.sectors()) != 0;
        int points = p.sectors() != 0 ? sectorNamed ? f.sectorNamed() : 0
                : p.topics() == 0 ? f.sectorHalf() : onTopic ? f.sectorFull() : f.sectorOffTopic();
        total += points;
        if (out != null) {
            if (sectorNamed) {
                out.add(Reason.of("sector_named", points, codes(p.sectors() & s.sectors(), Sector.class)));
            } else if (onTopic) {
                out.add(Reason.of("sector_topic", points, codes(p.topics() & s.sectors(), Sector.class)));
            } else if (p.sectors() == 0 && p.topics() != 0) {
                out.add(Reason.of("sector_other_topic", points, codes(p.topics(), Sector.class)));
            } else if (p.sectors() == 0) {
                out.add(Reason.of("sector_open", points));
            }
        }

        boolean stageNamed = p.stages() != 0 && Bits.has(p.stages(), s.stage());
        points = p.stages() == 0 ? f.stageHalf() : stageNamed ? f.stageFull() : 0;
        total += points;
        if (out != null && (p.stages() == 0 || stageNamed)) {
            out.add(stageNamed ? Reason.of("stage_named", points, s.stage().name()) : Reason.of("stage_open", points));
        }

        int wanted = Integer.bitCount(s.needs());
        int met = Integer.bitCount(s.needs() & p.offers());
        points = wanted == 0 ? 0 : (int) Math.round((double) met / wanted * f.needsScale());
        total += points;
        if (out != null && p.weights().needs() > 0) {
            if (wanted == 0) {
                out.add(Reason.of("needs_unknown", 0));
            } else if (met == 0) {
                out.add(Reason.of("needs_none_met", 0));
            } else {
                out.add(Reason.of("needs_met", points, join(Integer.toString(met), Integer.toString(wanted),
                        codes(s.needs() & p.offers(), Need.class))));
            }
        }

        double similarity = f.terms().dot(s.text());
        points = (int) Math.round(Math.min(1, similarity / textSaturation) * f.textScale());
        total += points;
        if (out != null && points > 0) {
            out.add(Reason.of("text_close", points, Long.toString(Math.round(similarity * 100))));
        }

        points = (int) Math.round(place(s, p) * f.placeScale());
        total += points;
        if (out != null && points > 0) {
            out.add(Reason.of(placeCode(s, p), points, s.region().name(), p.city() == null ? "" : p.city()));
        }

        boolean shared = p.languages() == 0 || (p.languages() & s.languages()) != 0;
        points = shared ? f.languagePoints() : 0;
        total += points;
        if (out != null && p.weights().language() > 0) {
            out.add(shared ? Reason.of("language_shared", points, codes(p.languages() == 0 ? s.languages()
                    : p.languages() & s.languages(), Language.class))
                    : Reason.of("language_missing", 0, codes(p.languages(), Language.class)));
        }

        CohortProfile cohort = p.cohort();
        if (cohort != null) {
            points = (int) Math.round(cohortFraction(cohort, s) * f.cohortScale());
            total += points;
            if (out != null && points > 0) {
                out.add(Reason.of("cohort_like", points, Integer.toString(cohort.sameSector(s.sectors())),
                        Integer.toString(cohort.size()), Long.toString(Math.round(cohort.text().dot(s.neutral()) * 100))));
            }
        }

        if (f.targetPoints() != 0 && (!p.womenOnly() || s.womenLed())
                && (p.regions() == 0 || Bits.has(p.regions(), s.region()))) {
            total += f.targetPoints();
            if (out != null) {
                out.add(p.womenOnly() && p.regions() != 0
                        ? Reason.of("targeted_women_region", f.targetPoints(), s.region().name())
                        : p.womenOnly() ? Reason.of("targeted_women", f.targetPoints())
                        : Reason.of("targeted_region", f.targetPoints(), s.region().name()));
            }
        }

        if (total > 100 && out != null) {
            // Rounded parts can pass 100 by a point or two: the largest gives them back, so the reasons
            // still add up to the total shown.
            int largest = -1;
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).blocking() && (largest < 0 || out.get(i).points() > out.get(largest).points())) {
                    largest = i;
                }
            }
            Reason r = out.get(largest);
            out.set(largest, new Reason(r.code(), r.points() - (total - 100), false, r.args()));
        }
        total = Math.min(100, total);
        return eligible ? ELIGIBLE + total : total;
    }

    /** A cohort's text similarity at or above this counts fully. */
    static final double COHORT_SATURATION = 0.35;

    /**
     * How much the startup resembles those the program accepted, in [0, 1]: half the share of them in
     * its sector, half the closeness of its description to theirs. Reads nothing of where the startup
     * is or who leads it (the neutral text has no place or gender word).
     */
    static double cohortFraction(CohortProfile cohort, StartupFeatures s) {
        return 0.5 * cohort.sameSector(s.sectors()) / cohort.size()
                + 0.5 * Math.min(1, cohort.text().dot(s.neutral()) / COHORT_SATURATION);
    }

    /** 1 where nobody travels (remote, or the program is in the startup's own region or city), less otherwise. */
    static double place(StartupFeatures s, ProgramFeatures p) {
        if (p.format() == ProgramFormat.remote) {
            return 1;
        }
        boolean near = p.regions() != 0 && Bits.has(p.regions(), s.region())
                || p.city() != null && s.city() != null && p.city().equalsIgnoreCase(s.city());
        if (near) {
            return 1;
        }
        if (s.region() == Region.diaspora) {
            return p.format() == ProgramFormat.hybrid ? 0.5 : 0.2;
        }
        return p.format() == ProgramFormat.hybrid ? 0.6 : 0.3;
    }

    static String placeCode(StartupFeatures s, ProgramFeatures p) {
        if (p.format() == ProgramFormat.remote) {
            return "place_remote";
        }
        if (p.city() != null && s.city() != null && p.city().equalsIgnoreCase(s.city())) {
            return "place_city";
        }
        if (p.regions() != 0 && Bits.has(p.regions(), s.region())) {
            return "place_region";
        }
        return p.format() == ProgramFormat.hybrid ? "place_hybrid" : "place_in_person";
    }

    private static <E extends Enum<E>> String[] codes(int bits, Class<E> type) {
        return Bits.set(bits, type).stream().map(Enum::name).toArray(String[]::new);
    }

    private static String[] join(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
