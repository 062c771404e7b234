package ml.jigi.application;

/** For tests of other packages that need an application in a given state, made through the service. */
public final class ApplicationFixturesAccess {

    private ApplicationFixturesAccess() {
    }

    /** A draft of this startup's application to this program, as its founder starts it; its id. */
    public static long draft(long programId, long startupId, long founderId) {
        return ApplicationFixtures.service().start(programId, startupId, founderId).id;
    }
}
