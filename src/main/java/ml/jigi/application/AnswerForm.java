package ml.jigi.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.QuestionType;
import ml.jigi.web.Form;
import ml.jigi.web.Upload;

/**
 * The answers of an application form: fields named q{question id} (repeated for multiple choice,
 * a file for file questions). Reading keeps everything typed; checking says what a submission lacks.
 */
final class AnswerForm {

    static final int FILE_LIMIT = 10 * 1024 * 1024;
    static final int MAX_TEXT = 10_000;
    /** How file answers were once written among the answers ("file:12"): never accepted from a client. */
    static final java.util.regex.Pattern FILE_REFERENCE = java.util.regex.Pattern.compile("(?i)\\s*file\\s*:\\s*\\d+\\s*");

    private AnswerForm() {
    }

    static String field(ProgramQuestion q) {
        return q.field();
    }

    /**
     * The typed answers by question id, the accepted files by question id (to be stored with the
     * save), and the file questions whose file the founder takes back.
     */
    record Typed(Map<String, List<String>> answers, Map<String, Upload> files, java.util.Set<String> removed) {

        Typed withoutFiles() {
            return new Typed(answers, Map.of(), removed);
        }
    }

    /** The typed answers; a file we do not accept is refused with a message, the rest is kept. */
    static Typed read(Form form, MultipartFormDataInput input, List<ProgramQuestion> questions) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        java.util.Set<String> removed = new java.util.LinkedHashSet<>();
        for (ProgramQuestion q : questions) {
            String name = field(q);
            if (q.type == QuestionType.file) {
                Optional<Upload> upload = input == null ? Optional.empty() : Upload.file(input, name, FILE_LIMIT);
                if (upload.isPresent()) {
                    Upload file = upload.get();
                    String type = file.sniff();
                    if (!Upload.PDF.equals(type) && !Upload.PNG.equals(type) && !Upload.JPEG.equals(type)) {
                        form.reject(name, form.messages().form_error_file_type("PDF, PNG, JPEG"));
                    } else if (file.tooLarge()) {
                        form.reject(name, form.messages().form_error_file_size(10));
                    } else {
                        files.put(String.valueOf(q.id), file);
                    }
                } else if (form.checked(name + "-remove")) {
                    removed.add(String.valueOf(q.id));
                }
                continue;
            }
            List<String> values = form.values(name).stream().map(v -> v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v)
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.stream().anyMatch(v -> FILE_REFERENCE.matcher(v).matches())) {
                // Files are bound by the server when it stores them: a typed reference is refused, not kept.
                form.reject(name, form.messages().form_error_file_reference());
                continue;
            }
            answers.put(String.valueOf(q.id), values);
        }
        return new Typed(answers, files, removed);
    }

    /** Puts saved answers back into a form for showing. */
    static Form fill(Form form, List<ProgramQuestion> questions, Map<String, List<String>> answers, long version) {
        for (ProgramQuestion q : questions) {
            form.setAll(field(q), answers.getOrDefault(String.valueOf(q.id), List.of()));
        }
        return form.set("version", version);
    }

    /** Says next to each field what a submission found wrong with its answer (AnswerCheck). */
    static void explain(Form form, List<ProgramQuestion> questions, Map<Long, AnswerCheck.Problem> problems) {
        for (ProgramQuestion q : questions) {
            AnswerCheck.Problem problem = problems.get(q.id);
            if (problem == null) {
                continue;
            }
            var m = form.messages();
            form.reject(field(q), switch (problem.kind()) {
                case required -> m.form_error_required();
                case too_long -> m.form_error_too_long(problem.limit());
                case number -> m.form_error_number();
                case url -> m.form_error_url();
                case choice -> m.form_error_code();
            });
        }
    }
}
