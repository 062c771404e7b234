package ml.jigi.monitoring;

/** What kind of money a startup raised in a report's period (docs/monitoring.md). */
public enum FundingKind {
    grant, equity, debt, prize, none
}
