package ml.jigi.networking;

/** Where an introduction request stands (`data-status`): waiting, then accepted, declined or expired (30 days). */
public enum IntroductionStatus {
    requested, accepted, declined, expired;

    public boolean canMoveTo(IntroductionStatus next) {
        return this == requested && next != requested;
    }
}
