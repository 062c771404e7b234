package ml.jigi.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import ml.jigi.web.Form;
import ml.jigi.web.FormMessages;
import ml.jigi.web.Upload;

/**
 * Files kept in the database: stored once checked, each with the account that sent it; refused past
 * the account's quota or its hourly number of uploads (`file_upload`, replaced files included, so
 * that nobody fills the disk or the database's logs); deleted when
 * nothing refers to them any more (a replaced logo, deck or answer); served with their checked type.
 *
 * A file is reached only through what the server recorded when it stored it (a startup's logo or
 * deck column, an application's file answer): never through an id a client sends.
 */
@ApplicationScoped
public class Files {

    /** Why an upload is not kept. */
    public enum Refusal {
        /** The account's files would pass its quota. */
        quota,
        /** The account sent too many files in the last hour. */
        rate
    }

    /** Thrown when a store is refused inside a transaction (a race past the check the form made). */
    public static class Refused extends RuntimeException {
        public final Refusal refusal;

        public Refused(Refusal refusal) {
            super("File refused: " + refusal);
            this.refusal = refusal;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<FileReferences> references;

    @ConfigProperty(name = "jigi.files.quota-mb", defaultValue = "50")
    int quotaMb;

    @ConfigProperty(name = "jigi.files.per-hour", defaultValue = "20")
    int perHour;

    public int quotaMb() {
        return quotaMb;
    }

    /** Why these new files (their total size and number) cannot be stored for this account now; empty if they can. */
    @Transactional
    public Optional<Refusal> refusal(long ownerId, long bytes, int count) {
        if (count == 0) {
            return Optional.empty();
        }
        long used = ((Number) em.createNativeQuery("SELECT COALESCE(SUM(size), 0) FROM stored_file WHERE owner_id = ?1")
                .setParameter(1, ownerId).getSingleResult()).longValue();
        long recent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM file_upload WHERE owner_id = ?1 AND created_at >= ?2")
                .setParameter(1, ownerId).setParameter(2, Instant.now().minus(Duration.ofHours(1))).getSingleResult())
                .longValue();
        if (recent + count > perHour) {
            return Optional.of(Refusal.rate);
        }
        if (used + bytes > quotaMb * 1024L * 1024L) {
            return Optional.of(Refusal.quota);
        }
        return Optional.empty();
    }

    /**
     * Checks, before anything is saved, that the files a form brings (by field) may be stored for
     * this account; if not, the first file's field says why and false is returned.
     */
    public boolean admit(Form form, long ownerId, Map<String, Upload> byField) {
        long bytes = byField.values().stream().mapToLong(u -> u.bytes().length).sum();
        Optional<Refusal> refusal = refusal(ownerId, bytes, byField.size());
        refusal.ifPresent(r -> form.reject(byField.keySet().iterator().next(), message(r, form.messages())));
        return refusal.isEmpty();
    }

    /** What the person reads next to the field when a file is refused. */
    public String message(Refusal refusal, FormMessages messages) {
        return refusal == Refusal.quota ? messages.form_error_file_quota(quotaMb) : messages.form_error_file_rate();
    }

    /** Stores a checked upload sent by this account; returns the new file's id. */
    @Transactional(TxType.MANDATORY)
    public long store(long ownerId, Upload upload, Instant now) {
        // One account's uploads are counted one after the other: parallel posts cannot all pass the check.
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, ownerId).getResultList();
        refusal(ownerId, upload.bytes().length, 1).ifPresent(r -> {
            throw new Refused(r);
        });
        em.createNativeQuery("DELETE FROM file_upload WHERE owner_id = ?1 AND created_at < ?2").setParameter(1, ownerId)
                .setParameter(2, now.minus(Duration.ofDays(1))).executeUpdate();
        em.createNativeQuery("INSERT INTO file_upload (owner_id, size, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, ownerId).setParameter(2, upload.bytes().length).setParameter(3, now).executeUpdate();
        StoredFile file = new StoredFile();
        file.contentType = upload.sniff();
        file.filename = upload.filename();
        file.size = upload.bytes().length;
        file.sha256 = sha256(upload.bytes());
        file.data = upload.bytes();
        file.createdAt = now;
        file.ownerId = ownerId;
        file.persist();
        return file.id;
    }

    /**
     * Deletes a file that no feature refers to any more (call after the reference was changed and
     * flushed); one still referred to elsewhere (a pitch deck that also answers an application) stays.
     */
    @Transactional(TxType.MANDATORY)
    public void release(Long fileId) {
        if (fileId == null) {
            return;
        }
        em.flush();
        String unused = references.stream().flatMap(r -> r.columns().stream()).map(column -> {
            String[] parts = column.split("\\.");
            return " AND NOT EXISTS (SELECT 1 FROM " + parts[0] + " WHERE " + parts[1] + " = ?1)";
        }).collect(Collectors.joining());
        em.createNativeQuery("DELETE FROM stored_file WHERE id = ?1" + unused).setParameter(1, fileId).executeUpdate();
    }

    /** What a file is, without its content. */
    public record Info(long id, String filename, String contentType, int size, String sha256, Instant createdAt) {
    }

    /** The files this account sent, without their content (for its data export). */
    @Transactional
    public List<Info> ownedBy(long ownerId) {
        return em.createQuery("select f.id, f.filename, f.contentType, f.size, f.sha256, f.createdAt from StoredFile f "
                + "where f.ownerId = ?1 order by f.id", Object[].class).setParameter(1, ownerId).getResultStream()
                .map(r -> new Info((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], (String) r[4], (Instant) r[5]))
                .toList();
    }

    /** The content of a file (the caller has checked it may be read). */
    @Transactional
    public Optional<byte[]> content(long fileId) {
        return StoredFile.<StoredFile>findByIdOptional(fileId).map(f -> f.data);
    }

    /**
     * The file, inline (images) or as a download (documents), with a name that cannot break the
     * header. A file of a public page may be kept by caches; any other is never stored.
     */
    public static Response serve(Long fileId, boolean attachment, boolean publicPage) {
        if (fileId == null) {
            throw new NotFoundException();
        }
        StoredFile file = StoredFile.<StoredFile>findByIdOptional(fileId).orElseThrow(NotFoundException::new);
        String ascii = file.filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.data, file.contentType)
                .header("Content-Disposition", disposition)
                .header("Cache-Control", publicPage ? "public, max-age=3600" : "no-store")
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
