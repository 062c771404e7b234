package ml.jigi.me;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;

/** `GET /api/me`: the logged-in account, its roles, and its startups and organizations by slug. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class ApiMeResource {

    public record Me(String username, String displayName, String email, String locale, List<String> roles,
            List<String> startups, List<String> organizations) {
    }

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The logged-in account", description = "With its roles, and the slugs of the startups it owns "
            + "and the organizations it manages.")
    public Me me() {
        Account a = user.account();
        List<String> roles = java.util.stream.Stream.of(CurrentUser.FOUNDER, CurrentUser.MANAGER, CurrentUser.ADMIN)
                .filter(role -> role.equals(CurrentUser.FOUNDER) ? user.isFounder()
                        : role.equals(CurrentUser.MANAGER) ? user.isManager() : user.isAdmin())
                .toList();
        return new Me(a.username, a.displayName, a.email, a.locale, roles,
                Startup.ownedBy(a.id).stream().map(s -> s.slug).toList(),
                Organization.managedBy(a.id).stream().map(o -> o.slug).toList());
    }
}
