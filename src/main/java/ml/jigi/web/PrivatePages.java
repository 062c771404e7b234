package ml.jigi.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Whatever is answered to a logged-in person (pages, files, exports, errors) is never stored by the
 * browser or a proxy: `Cache-Control: no-store`, so that the back button on a shared phone or a
 * cybercafé computer shows nothing after the logout.
 */
public class PrivatePages {

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!identity.isAnonymous()) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
