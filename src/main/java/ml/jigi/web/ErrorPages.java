package ml.jigi.web;

import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every error is a page in the layout, in the visitor's language, and never a stack trace. A
 * resource that is not yours is a 404, like one that does not exist (see DESIGN §5). API clients
 * asking for JSON get a JSON body instead.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(String title, String text, String reference);
    }

    @Inject
    UiLocale ui;

    @Inject
    HttpHeaders headers;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getResponse().getLocation() != null || status < 400) {
            return e.getResponse();
        }
        return page(status, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Outage.isDatabaseUnavailable(e)) {
            LOG.warnf("The database is out of reach or too slow: %s", e.getMessage());
            return unavailable();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return page(500, reference);
    }

    /**
     * A refused form token (quarkus-rest-csrf answers a bare 400) gets the explained error page too,
     * instead of the browser's blank "this page isn't working".
     */
    @ServerResponseFilter
    public void explainBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity()) {
            Response page = page(400, null);
            response.setEntity(page.getEntity(), null, page.getMediaType());
        }
    }

    /** The database is out of reach or too slow: try again in a moment, nothing typed is lost. */
    Response unavailable() {
        return Response.fromResponse(page(503, null)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** What a 503 asks the browser to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    Response page(int status, String reference) {
        AppMessages msg = ui.messages(AppMessages.class);
        String title;
        String text;
        switch (status) {
            case 400 -> { title = msg.error_400_title(); text = msg.error_400_text(); }
            case 403 -> { title = msg.error_403_title(); text = msg.error_403_text(); }
            case 404 -> { title = msg.error_404_title(); text = msg.error_404_text(); }
            case 405 -> { title = msg.error_405_title(); text = msg.error_405_text(); }
            case 409 -> { title = msg.error_409_title(); text = msg.error_409_text(); }
            case 500 -> { title = msg.error_500_title(); text = msg.error_500_text(); }
            case 503 -> { title = msg.error_503_title(); text = msg.error_503_text(); }
            default -> { title = msg.error_title(); text = msg.error_400_text(); }
        }
        if (wantsJson()) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, title, reference)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(title, text, reference)).build();
    }

    @Inject
    io.vertx.ext.web.RoutingContext request;

    private boolean wantsJson() {
        if (request != null && request.request().path().startsWith("/api/")) {
            return true;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType());
    }

    public record ApiError(int status, String message, String reference) {
    }
}
