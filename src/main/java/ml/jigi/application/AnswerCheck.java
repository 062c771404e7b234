package ml.jigi.application;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.QuestionType;

/**
 * What a submission finds wrong with the answers, question by question: a required answer missing,
 * a text too long, a number or an address that is not one, a choice the question does not offer.
 * Pure: ApplicationService.submit asks it, whoever submits (a page, the API).
 */
final class AnswerCheck {

    /** What is wrong with one answer; limit is the length allowed for too_long. */
    record Problem(Kind kind, int limit) {

        enum Kind {
            required, too_long, number, url, choice
        }

        static Problem of(Kind kind) {
            return new Problem(kind, 0);
        }
    }

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 5000;

    private AnswerCheck() {
    }

    /** The problems by question id; empty when the answers may be submitted. */
    static Map<Long, Problem> problems(List<ProgramQuestion> questions, AnswerSheet answers) {
        Map<Long, Problem> problems = new LinkedHashMap<>();
        for (ProgramQuestion q : questions) {
            List<String> values = answers.texts(q);
            if (!answers.answered(q)) {
                if (q.required) {
                    problems.put(q.id, Problem.of(Problem.Kind.required));
                }
                continue;
            }
            if (values.isEmpty()) { // a file answer, stored and checked when it was sent
                continue;
            }
            String value = values.get(0);
            Problem problem = switch (q.type) {
                case short_text -> value.length() > SHORT_TEXT ? new Problem(Problem.Kind.too_long, SHORT_TEXT) : null;
                case long_text -> value.length() > LONG_TEXT ? new Problem(Problem.Kind.too_long, LONG_TEXT) : null;
                case number -> isNumber(value) ? null : Problem.of(Problem.Kind.number);
                case url -> isAddress(value) ? null : Problem.of(Problem.Kind.url);
                case choice, multi_choice -> new HashSet<>(q.choiceList()).containsAll(values)
                        && !(q.type == QuestionType.choice && values.size() > 1) ? null : Problem.of(Problem.Kind.choice);
                case file -> null;
            };
            if (problem != null) {
                problems.put(q.id, problem);
            }
        }
        return problems;
    }

    static boolean isNumber(String value) {
        try {
            new BigDecimal(value.replace(',', '.').replace(" ", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isAddress(String value) {
        try {
            URI uri = URI.create(value.matches("(?i)^https?://.*") ? value : "https://" + value);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
