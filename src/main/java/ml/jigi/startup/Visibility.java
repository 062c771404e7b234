package ml.jigi.startup;

/** Whether an approved profile is listed on /startups and shown to accelerators. */
public enum Visibility {
    visible, hidden
}
