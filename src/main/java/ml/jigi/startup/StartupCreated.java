package ml.jigi.startup;

/**
 * Fired (synchronously, in the creation's transaction) when a founder creates a startup profile,
 * with the alerts they chose on the form; networking subscribes them (docs/networking.md).
 */
public record StartupCreated(long startupId, long accountId, boolean weeklyAlerts, boolean deadlineAlerts) {
}
