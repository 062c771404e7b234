package ml.jigi.program;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import ml.jigi.file.FileReferences;

/** An organization refers to its logo. */
@ApplicationScoped
class OrganizationFileReferences implements FileReferences {

    @Override
    public List<String> columns() {
        return List.of("organization.logo_file_id");
    }
}
