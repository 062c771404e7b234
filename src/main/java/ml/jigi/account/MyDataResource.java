package ml.jigi.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** `/me/data`: everything Jigi holds about the logged-in person, as a JSON download (Mali, law 2013-015). */
@Path("/me/data")
@Authenticated
public class MyDataResource {

    @Inject
    CurrentUser user;

    @Inject
    PrivacyService privacy;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response data() {
        return Response.ok(privacy.export(user.id()))
                .header("Content-Disposition", "attachment; filename=\"jigi-mes-donnees.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
