package ml.jigi.application;

import java.time.LocalDate;

/**
 * Fired (a synchronous CDI event, inside the decision's transaction) when an application is
 * accepted: features above applications act on it in the same transaction (monitoring schedules the
 * startup's progress reports), and a failure there undoes the decision.
 */
public record ApplicationAccepted(long applicationId, long programId, long startupId, LocalDate on) {
}
