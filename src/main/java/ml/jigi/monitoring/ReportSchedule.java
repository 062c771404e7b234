package ml.jigi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The due dates of a startup's reports, from its acceptance day and its program's plan. Pure: a
 * rhythm (every N months, for M months after acceptance: the report of each period is due on its
 * last day) or fixed dates (those after the acceptance day). Each report covers the days since the
 * previous one (the first, since acceptance).
 */
public final class ReportSchedule {

    /** At most this many reports per startup and program (ten years of monthly reports). */
    static final int MAX_REPORTS = 120;

    private ReportSchedule() {
    }

    public static List<LocalDate> dueDates(LocalDate acceptedOn, Integer everyMonths, Integer forMonths, List<LocalDate> fixed) {
        List<LocalDate> dates = new ArrayList<>();
        if (!fixed.isEmpty()) {
            fixed.stream().filter(d -> d.isAfter(acceptedOn)).distinct().sorted().limit(MAX_REPORTS).forEach(dates::add);
            return dates;
        }
        if (everyMonths == null || forMonths == null || everyMonths < 1 || forMonths < everyMonths) {
            return dates;
        }
        for (int months = everyMonths; months <= forMonths && dates.size() < MAX_REPORTS; months += everyMonths) {
            dates.add(acceptedOn.plusMonths(months));
        }
        return dates;
    }

    /** The first day of the period a report due on this day covers. */
    public static LocalDate periodStart(LocalDate acceptedOn, List<LocalDate> dueDates, LocalDate dueOn) {
        LocalDate start = acceptedOn;
        for (LocalDate d : dueDates) {
            if (!d.isBefore(dueOn)) {
                break;
            }
            start = d.plusDays(1);
        }
        return start;
    }
}
