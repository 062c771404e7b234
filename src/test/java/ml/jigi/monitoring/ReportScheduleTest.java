package ml.jigi.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    static final LocalDate ACCEPTED = LocalDate.of(2026, 1, 31);

    @Test
    void everyThreeMonthsForAYearMakesFourReportsOnTheLastDayOfEachPeriod() {
        assertEquals(List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31),
                LocalDate.of(2027, 1, 31)), ReportSchedule.dueDates(ACCEPTED, 3, 12, List.of()));
    }

    @Test
    void aRhythmLongerThanItsDurationOrMissingMakesNone() {
        assertEquals(List.of(), ReportSchedule.dueDates(ACCEPTED, 6, 3, List.of()));
        assertEquals(List.of(), ReportSchedule.dueDates(ACCEPTED, null, 12, List.of()));
        assertEquals(List.of(), ReportSchedule.dueDates(ACCEPTED, 0, 12, List.of()));
    }

    @Test
    void fixedDatesWinAndOnlyThoseAfterAcceptanceCount() {
        List<LocalDate> fixed = List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 3, 31));
        assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)),
                ReportSchedule.dueDates(ACCEPTED, 3, 12, fixed));
    }

    @Test
    void eachReportCoversTheDaysSinceThePreviousOne() {
        List<LocalDate> dates = ReportSchedule.dueDates(ACCEPTED, 3, 12, List.of());
        assertEquals(ACCEPTED, ReportSchedule.periodStart(ACCEPTED, dates, dates.get(0)));
        assertEquals(LocalDate.of(2026, 5, 1), ReportSchedule.periodStart(ACCEPTED, dates, dates.get(1)));
    }

    @Test
    void aReportIsUpcomingThenDueThenLateUnlessSubmitted() {
        ProgressReport r = new ProgressReport();
        r.dueOn = LocalDate.of(2026, 6, 30);
        assertEquals(ReportStatus.upcoming, r.status(LocalDate.of(2026, 5, 30)));
        assertEquals(ReportStatus.due, r.status(LocalDate.of(2026, 5, 31)));
        assertEquals(ReportStatus.due, r.status(LocalDate.of(2026, 6, 30)));
        assertEquals(ReportStatus.late, r.status(LocalDate.of(2026, 7, 1)));
        r.state = ProgressReport.State.draft;
        assertEquals(ReportStatus.draft, r.status(LocalDate.of(2026, 5, 1)));
        assertEquals(ReportStatus.late, r.status(LocalDate.of(2026, 7, 1)));
        r.state = ProgressReport.State.submitted;
        assertEquals(ReportStatus.submitted, r.status(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aSparklineNeedsTwoValuesAndSpansTheBox() {
        assertEquals(null, Sparkline.of(List.of(3)));
        Sparkline s = Sparkline.of(List.of(2, 4, 8));
        assertEquals("2.0,18.0 40.0,12.7 78.0,2.0", s.points());
        assertEquals("2 → 4 → 8", s.text());
    }
}
