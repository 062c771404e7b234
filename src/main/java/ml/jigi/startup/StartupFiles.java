package ml.jigi.startup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import ml.jigi.web.Upload;

/** Files kept in the database (logos, pitch decks): stored once checked, served with their checked type. */
public final class StartupFiles {

    private StartupFiles() {
    }

    /** Stores a checked upload; returns the new file's id. Call inside a transaction. */
    public static long store(Upload upload, Instant now) {
        StoredFile file = new StoredFile();
        file.contentType = upload.sniff();
        file.filename = upload.filename();
        file.size = upload.bytes().length;
        file.sha256 = sha256(upload.bytes());
        file.data = upload.bytes();
        file.createdAt = now;
        file.persist();
        return file.id;
    }

    /** The file, inline (images) or as a download (documents), with a name that cannot break the header. */
    public static Response serve(Long fileId, boolean attachment) {
        if (fileId == null) {
            throw new NotFoundException();
        }
        StoredFile file = StoredFile.<StoredFile>findByIdOptional(fileId).orElseThrow(NotFoundException::new);
        String ascii = file.filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.data, file.contentType)
                .header("Content-Disposition", disposition)
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
