package ml.jigi.me;

import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ml.jigi.account.CurrentUser;
import ml.jigi.file.Files;

/**
 * `/me/data`: everything Jigi holds about the logged-in person (Mali, law 2013-015), as one ZIP:
 * `donnees.json` and, under `fichiers/`, every file they sent. Read by account, never by address.
 */
@Path("/me/data")
@Authenticated
public class MyDataResource {

    @Inject
    CurrentUser user;

    @Inject
    PrivacyService privacy;

    @Inject
    Files files;

    @Inject
    ObjectMapper json;

    @GET
    @Produces("application/zip")
    public Response data() {
        long accountId = user.id();
        Map<String, Object> data = privacy.export(accountId);
        List<Files.Info> owned = files.ownedBy(accountId);
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("donnees.json"));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
                zip.closeEntry();
                for (Files.Info f : owned) { // one file in memory at a time
                    byte[] content = files.content(f.id()).orElse(null);
                    if (content != null) {
                        zip.putNextEntry(new ZipEntry(PrivacyService.fileEntry(f)));
                        zip.write(content);
                        zip.closeEntry();
                    }
                }
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"jigi-mes-donnees.zip\"")
                .header("Cache-Control", "no-store").build();
    }
}
