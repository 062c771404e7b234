package ml.jigi.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import ml.jigi.file.FileReferences;
import ml.jigi.file.Files;

/**
 * The files that answer an application's questions (`application_file`): written only when the
 * server stores an upload for that application and question, or takes the startup's own pitch deck
 * for it. A file is served through its application and question, to whoever may see that
 * application; an id typed by a client reaches nothing.
 */
@ApplicationScoped
public class ApplicationFiles implements FileReferences {

    /** A file answer as pages show it. */
    @io.quarkus.qute.TemplateData
    public record FileAnswer(long questionId, String filename, int size) {

        /** The size in kilobytes, at least 1. */
        public long kilobytes() {
            return Math.max(1, Math.round(size / 1024.0));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Files files;

    @Override
    public List<String> columns() {
        return List.of("application_file.file_id");
    }

    /** The file answers of an application, by question id. */
    public Map<Long, FileAnswer> of(long applicationId) {
        Map<Long, FileAnswer> answers = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT af.question_id, f.filename, f.size FROM application_file af "
                + "JOIN stored_file f ON f.id = af.file_id WHERE af.application_id = ?1 ORDER BY af.question_id")
                .setParameter(1, applicationId).getResultList();
        for (Object[] row : rows) {
            long question = ((Number) row[0]).longValue();
            answers.put(question, new FileAnswer(question, (String) row[1], ((Number) row[2]).intValue()));
        }
        return answers;
    }

    /** Binds a file to the question of an application; the file it replaces is deleted unless used elsewhere. */
    @Transactional(TxType.MANDATORY)
    void bind(long applicationId, long questionId, long fileId, Instant now) {
        Optional<Long> old = fileOf(applicationId, questionId);
        em.createNativeQuery("INSERT INTO application_file (application_id, question_id, file_id, created_at) "
                + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE file_id = VALUES(file_id), created_at = VALUES(created_at)")
                .setParameter(1, applicationId).setParameter(2, questionId).setParameter(3, fileId).setParameter(4, now)
                .executeUpdate();
        old.filter(id -> id != fileId).ifPresent(files::release);
    }

    /** Takes the file back from the question (the founder removed it); the file is deleted unless used elsewhere. */
    @Transactional(TxType.MANDATORY)
    void unbind(long applicationId, long questionId) {
        Optional<Long> old = fileOf(applicationId, questionId);
        em.createNativeQuery("DELETE FROM application_file WHERE application_id = ?1 AND question_id = ?2")
                .setParameter(1, applicationId).setParameter(2, questionId).executeUpdate();
        old.ifPresent(files::release);
    }

    Optional<Long> fileOf(long applicationId, long questionId) {
        List<?> ids = em.createNativeQuery("SELECT file_id FROM application_file WHERE application_id = ?1 AND question_id = ?2")
                .setParameter(1, applicationId).setParameter(2, questionId).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** The file answering this question of this application (already checked to be the caller's to see). */
    Response serve(Application a, long questionId) {
        return Files.serve(fileOf(a.id, questionId).orElseThrow(NotFoundException::new), true, false);
    }
}
