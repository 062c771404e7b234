package ml.jigi.application;

import java.math.BigDecimal;
import java.time.Instant;

import ml.jigi.code.Region;
import ml.jigi.code.Stage;

/**
 * One line of a program's application list: only the columns the list shows, read in one query
 * (no answers, no startup description, nothing for Hibernate to track).
 */
public record ApplicationRow(long id, ApplicationStatus status, Instant submittedAt, Integer matchScoreAtSubmit,
        BigDecimal reviewAverage, int reviewCount, String startupName, Region region, Stage stage, boolean womenLed) {

    static final String SELECT = "select new ml.jigi.application.ApplicationRow(a.id, a.status, a.submittedAt, "
            + "a.matchScoreAtSubmit, a.reviewAverage, a.reviewCount, s.name, s.region, s.stage, s.womenLed) "
            + "from Application a join a.startup s ";
}
