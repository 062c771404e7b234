package ml.jigi.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/** Test-only: an API route that fails with the status it is given, to prove every API error is JSON. */
@Path("/api/test-only/status/{code}")
public class ApiStatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail(@PathParam("code") int code) {
        if (code == 200) {
            return "{}";
        }
        if (code == 403) {
            throw new io.quarkus.security.ForbiddenException();
        }
        if (code == 404) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (code == 500) {
            throw new IllegalStateException("boom: secret internal detail");
        }
        throw new WebApplicationException(code);
    }
}
