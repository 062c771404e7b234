package ml.jigi.me;

import java.util.ArrayList;
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
import ml.jigi.code.Names;
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
        List<String> roles = java.util.stream.Stream.of(CurrentUser.FOUNDER, CurrentUser.MANAGER,
                CurrentUser.PARTNER, CurrentUser.ADMIN)
                .filter(role -> switch (role) {
                    case CurrentUser.FOUNDER -> user.isFounder();
                    case CurrentUser.MANAGER -> user.isManager();
                    case CurrentUser.PARTNER -> user.isPartner();
                    default -> user.isAdmin();
                })
                .toList();
        List<Named> startups = new ArrayList<>();
        List<Named> organizations = new ArrayList<>();
        for (Object[] row : slugsOf(a.id)) {
            Named named = new Named((String) row[1], (String) row[2]);
            ("startup".equals(String.valueOf(row[0])) ? startups : organizations).add(named);
        }
        return new Me(a.username, a.displayName, a.email, a.locale, roles, slugsByName(startups), slugsByName(organizations));
    }

    private record Named(String slug, String name) {
    }

    /**
     * The slugs and names of the account's startups and organizations (the first column says which), in one round trip
     * and without the profiles' long texts: this is what scripts poll.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> slugsOf(long accountId) {
        return Startup.getEntityManager().createNativeQuery("SELECT 'startup', s.slug, s.name FROM startup s "
                + "JOIN startup_owner o ON o.startup_id = s.id WHERE o.account_id = ?1 UNION ALL "
                + "SELECT 'organization', g.slug, g.name FROM organization g JOIN organization_manager m ON m.organization_id = g.id "
                + "WHERE m.account_id = ?1").setParameter(1, accountId).getResultList();
    }

    private static List<String> slugsByName(List<Named> named) {
        return named.stream().sorted(Names.byName(Named::name)).map(Named::slug).toList();
    }
}
