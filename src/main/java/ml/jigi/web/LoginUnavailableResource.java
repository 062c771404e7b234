package ml.jigi.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where a visitor who needs to log in lands while Keycloak does not answer ({@link KeycloakStatus}):
 * login is briefly unavailable, public pages still work, try again in a minute. A 503 with
 * Retry-After, so that nothing caches it.
 */
@Path("/login/unavailable")
public class LoginUnavailableResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String retry);
    }

    @GET
    public Response page(@QueryParam("then") String then) {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.page(LocalPath.isSafe(then) ? then : "/login")).build();
    }
}
