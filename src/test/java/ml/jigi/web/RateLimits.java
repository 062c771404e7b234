package ml.jigi.web;

import io.quarkus.arc.Arc;

/** Test helper: a test that exhausts the API's per-client limit leaves the next tests a fresh minute. */
public final class RateLimits {

    private RateLimits() {
    }

    public static void forget() {
        Arc.container().instance(ApiRateLimit.class).get().forget();
    }
}
