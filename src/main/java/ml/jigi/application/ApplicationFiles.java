package ml.jigi.application;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import ml.jigi.startup.StartupFiles;

/** A file answer is served only through its application, to whoever may see that application. */
final class ApplicationFiles {

    private ApplicationFiles() {
    }

    static Response serve(Application a, long fileId) {
        boolean answered = a.answerMap().values().stream().flatMap(List::stream)
                .anyMatch(value -> value.equals("file:" + fileId));
        boolean deck = a.startup.pitchDeckFileId != null && a.startup.pitchDeckFileId == fileId;
        if (!answered && !deck) {
            throw new NotFoundException();
        }
        return StartupFiles.serve(fileId, true);
    }
}
