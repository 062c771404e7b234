package ml.jigi.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.ProgramStatus;

/**
 * Pairs scored per second on one thread: 1,000 startups × 100 programs with realistic texts, the
 * ranking path (no reasons) and the explained path (reasons). Run with `bin/jigi bench scorer`.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Threads(1)
public class MatchScorerBenchmark {

    static final int STARTUPS = 1000;
    static final int PROGRAMS = 100;
    static final int PAIRS = STARTUPS * PROGRAMS;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final String[] WORDS = ("transformation mangues karité céréales lait coton paiement mobile commerçants crédit "
            + "assurance santé téléconsultation école cours téléphone solaire énergie eau forage irrigation livraison colis "
            + "artisanat bogolan tourisme logiciel cloud hébergement emploi formation mentorat financement marché export "
            + "coopératives femmes jeunes village ville Bamako Ségou Sikasso Mopti diaspora").split(" ");

    StartupFeatures[] startups;
    ProgramFeatures[] programs;
    MatchScorer scorer;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        scorer = new MatchScorer(0.35);
        startups = new StartupFeatures[STARTUPS];
        for (int i = 0; i < STARTUPS; i++) {
            startups[i] = StartupFeatures.of(i, "s" + i, "Startup " + i, i % 3 == 0 ? "Bamako" : "Ségou",
                    EnumSet.of(pick(Sector.values(), random)), pick(Stage.values(), random), pick(Region.values(), random),
                    1 + random.nextInt(20), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    EnumSet.of(pick(Need.values(), random), pick(Need.values(), random)), EnumSet.of(Language.fr),
                    text(random, 40), 0);
        }
        List<Map<String, Integer>> terms = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            terms.add(TextSimilarity.terms(text(random, 80)));
        }
        TextSimilarity.Idf idf = TextSimilarity.Idf.of(terms.stream().map(Map::keySet).toList());
        programs = new ProgramFeatures[PROGRAMS];
        for (int i = 0; i < PROGRAMS; i++) {
            programs[i] = MatchIndex.build(i, "p" + i, "Programme " + i, "Org", ProgramStatus.published,
                    TODAY.minusDays(5), TODAY.plusDays(random.nextInt(60) - 10),
                    i % 4 == 0 ? "" : pick(Sector.values(), random).name(), i % 3 == 0 ? "" : "mvp,revenue,growth",
                    i % 2 == 0 ? "" : "bamako,segou,sikasso", i % 11 == 0, i % 7 == 0 ? 2 : null, i % 9 == 0,
                    "funding,mentoring,market_access", ProgramFormat.values()[i % 3], "Bamako", "fr,en", terms.get(i), idf,
                    LabelledSet.DEFAULTS, 0, i % 2 == 0 ? cohort(random) : null, 10, 10);
        }
    }

    /** Half the programs have a past cohort of 20 accepted startups (the scorer's most work per pair). */
    static CohortProfile cohort(Random random) {
        List<CohortProfile.Member> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add(CohortProfile.Member.of(Bits.of(EnumSet.of(pick(Sector.values(), random))),
                    text(random, 40)));
        }
        return CohortProfile.of(members);
    }

    static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 9 == 8 ? ". " : " ");
        }
        return text.toString();
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void rank(Blackhole sink) {
        for (ProgramFeatures p : programs) {
            for (StartupFeatures s : startups) {
                sink.consume(scorer.rank(s, p, TODAY));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void explain(Blackhole sink) {
        for (ProgramFeatures p : programs) {
            for (StartupFeatures s : startups) {
                sink.consume(scorer.score(s, p, TODAY));
            }
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MatchScorerBenchmark.class.getSimpleName()).build()).run();
    }
}
