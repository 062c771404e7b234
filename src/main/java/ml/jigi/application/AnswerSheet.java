package ml.jigi.application;

import java.util.List;
import java.util.Map;

import ml.jigi.program.ProgramQuestion;

/** An application's answers as pages show them: typed text values, and the files the server stored. */
@io.quarkus.qute.TemplateData
public record AnswerSheet(Map<String, List<String>> texts, Map<Long, ApplicationFiles.FileAnswer> files) {

    /** The written values answering a question (none for a file question). */
    public List<String> texts(ProgramQuestion q) {
        return texts.getOrDefault(String.valueOf(q.id), List.of());
    }

    /** The file answering a question, or null. */
    public ApplicationFiles.FileAnswer file(ProgramQuestion q) {
        return files.get(q.id);
    }

    /** Whether the question has an answer of either kind. */
    public boolean answered(ProgramQuestion q) {
        return !texts(q).isEmpty() || files.containsKey(q.id);
    }
}
