package ml.jigi.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a request that changes something may carry, checked before anything else: pages take form
 * posts only (urlencoded or multipart, which the form-token filter always verifies), the JSON API
 * takes `application/json` only (which a browser cannot send cross-site without a CORS preflight
 * this app never grants). A body of any other type, or none declared, is refused with 415 — so that
 * no post reaches a page route without its form token being checked.
 */
public class BodyTypes {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return null;
        }
        MediaType type = request.getMediaType();
        String path = request.getUriInfo().getPath();
        boolean api = path.startsWith("/api/") || path.startsWith("api/");
        boolean allowed = type != null && (api ? type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                : type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        return allowed ? null : Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build();
    }
}
