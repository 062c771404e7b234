package ml.jigi.monitoring;

/**
 * Where a report stands, as founders and managers see it (the `data-status` codes): not yet open
 * (`upcoming`, until a month before its due date), `due` (open, untouched), `draft` (saved),
 * `late` (its due date passed without a submission), `submitted`.
 */
public enum ReportStatus {
    upcoming, due, draft, late, submitted;

    /** Days before its due date a report opens to its founders. */
    public static final int OPENS_DAYS_BEFORE = 30;
}
