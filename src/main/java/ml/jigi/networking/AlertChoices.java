package ml.jigi.networking;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ml.jigi.startup.StartupCreated;

/** A founder's choice of alerts for a startup, from `/me/alerts` or from the startup creation form. */
@ApplicationScoped
public class AlertChoices {

    /** Alerts chosen on the startup creation form, saved in the creation's transaction. */
    void onCreated(@Observes StartupCreated created) {
        if (created.weeklyAlerts() || created.deadlineAlerts()) {
            choose(created.accountId(), created.startupId(), created.weeklyAlerts(), AlertSubscription.DEFAULT_THRESHOLD,
                    created.deadlineAlerts());
        }
    }

    /** Saves the choice (a new subscription, or the changed one; nothing when nothing changed). */
    static void choose(long accountId, long startupId, boolean weekly, int threshold, boolean deadlines) {
        AlertSubscription s = AlertSubscription.of(accountId, startupId);
        if (s.id != null && s.weekly == weekly && s.threshold == threshold && s.deadlines == deadlines) {
            return;
        }
        s.weekly = weekly;
        s.threshold = threshold;
        s.deadlines = deadlines;
        s.updatedAt = Instant.now();
        s.persist();
    }
}
