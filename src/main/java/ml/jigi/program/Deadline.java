package ml.jigi.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a program's dates read on a given day; shared by the entity and the catalog's cached rows. */
final class Deadline {

    private Deadline() {
    }

    static boolean isOpen(ProgramStatus status, LocalDate opensAt, LocalDate deadline, LocalDate day) {
        return status == ProgramStatus.published && !day.isBefore(opensAt) && !day.isAfter(deadline);
    }

    static boolean isUpcoming(ProgramStatus status, LocalDate opensAt, LocalDate day) {
        return status == ProgramStatus.published && day.isBefore(opensAt);
    }

    /** "closed", "upcoming", "today", "tomorrow" or "days". */
    static String state(ProgramStatus status, LocalDate opensAt, LocalDate deadline, LocalDate day) {
        if (status == ProgramStatus.closed || status == ProgramStatus.archived || day.isAfter(deadline)) {
            return "closed";
        }
        if (day.isBefore(opensAt)) {
            return "upcoming";
        }
        long left = daysLeft(deadline, day);
        return left == 0 ? "today" : left == 1 ? "tomorrow" : "days";
    }

    static long daysLeft(LocalDate deadline, LocalDate day) {
        return ChronoUnit.DAYS.between(day, deadline);
    }
}
