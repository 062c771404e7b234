package ml.jigi.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: an endpoint that fails, to prove that a failure never shows a stack trace. */
@Path("/test-only/fail")
public class FailingResource {

    @GET
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public String fail() {
        throw new IllegalStateException("boom: secret internal detail");
    }
}
