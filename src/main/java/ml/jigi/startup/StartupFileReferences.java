package ml.jigi.startup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.file.FileReferences;

/** A startup refers to its logo and its pitch deck. */
@ApplicationScoped
class StartupFileReferences implements FileReferences {

    @Override
    public List<String> columns() {
        return List.of("startup.logo_file_id", "startup.pitch_deck_file_id");
    }
}
