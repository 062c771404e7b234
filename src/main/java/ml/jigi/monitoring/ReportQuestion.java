package ml.jigi.monitoring;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/** One of the program's own questions on the report form: its field (`q0`, `q1` …) and its text. */
@TemplateData
public record ReportQuestion(String field, String label) {

    static List<ReportQuestion> of(List<String> questions) {
        List<ReportQuestion> list = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            list.add(new ReportQuestion("q" + i, questions.get(i)));
        }
        return list;
    }
}
