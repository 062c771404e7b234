package ml.jigi.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * How a program's cohort reports: every N months for M months after acceptance, or on fixed dates;
 * and the program's own questions besides the core indicators. A program without a plan of its
 * own reports every 3 months for 12 months (docs/monitoring.md).
 */
@Entity
public class ReportingPlan extends PanacheEntityBase {

    public static final int DEFAULT_EVERY = 3;
    public static final int DEFAULT_FOR = 12;
    public static final int MAX_QUESTIONS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public Long programId;

    public Integer everyMonths;

    public Integer forMonths;

    /** Fixed due dates (ISO, comma-separated), used instead of the rhythm when present. */
    @Column(length = 400)
    public String fixedDates;

    /** The program's own questions, one per line. */
    @Column(columnDefinition = "TEXT")
    public String questions;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The plan of this program: its own, or the default one (not saved). */
    public static ReportingPlan of(long programId) {
        ReportingPlan plan = find("programId", programId).firstResult();
        if (plan == null) {
            plan = new ReportingPlan();
            plan.programId = programId;
            plan.everyMonths = DEFAULT_EVERY;
            plan.forMonths = DEFAULT_FOR;
        }
        return plan;
    }

    public List<LocalDate> fixedDateList() {
        if (fixedDates == null || fixedDates.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fixedDates.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse)
                .sorted().toList();
    }

    public List<String> questionList() {
        List<String> list = new ArrayList<>();
        if (questions != null) {
            for (String line : questions.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    list.add(line.strip());
                }
            }
        }
        return list;
    }

    /** The due dates of a startup accepted on this day. */
    public List<LocalDate> dueDates(LocalDate acceptedOn) {
        return ReportSchedule.dueDates(acceptedOn, everyMonths, forMonths, fixedDateList());
    }
}
