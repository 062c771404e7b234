package ml.jigi.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Form;

/** The program form: its fields, its question rows and rubric rows ↔ the entities, with every check. */
public final class ProgramForm {

    static final int MAX_ROWS = 40;

    /** A question row as typed; id is null for a new question. */
    record QuestionInput(Long id, String label, String help, QuestionType type, boolean required, int position,
            String choices) {
    }

    /** A rubric row as typed; id is null for a new criterion. */
    record CriterionInput(Long id, String name, String description, int weight, int maxScore, int position) {
    }

    private ProgramForm() {
    }

    public static Program read(Form form) {
        Program p = new Program();
        p.title = form.text("title", 160, true);
        p.summary = form.text("summary", 300, true);
        p.description = form.text("description", 10_000, true);
        p.sectors = form.codes("sectors", Sector.class);
        p.stages = form.codes("stages", Stage.class);
        p.regions = form.codes("regions", Region.class);
        p.womenOnly = form.checked("womenOnly");
        p.minTeamSize = form.integer("minTeamSize", 1, 1000, false);
        p.requiresIncorporation = form.checked("requiresIncorporation");
        p.offers = form.codes("offers", Need.class);
        p.fundingAmount = form.longNumber("fundingAmount", 0, 100_000_000_000L, false);
        p.equityPercent = form.decimal("equityPercent", BigDecimal.ZERO, BigDecimal.valueOf(100));
        ProgramFormat format = form.code("format", ProgramFormat.class, true);
        p.format = format == null ? ProgramFormat.hybrid : format;
        p.city = form.text("city", 120, false);
        p.languages = form.codes("languages", Language.class);
        if (p.languages.isEmpty() && !form.invalid("languages")) {
            form.reject("languages", form.messages().form_error_required());
        }
        p.opensAt = form.date("opensAt", true);
        p.deadline = form.date("deadline", true);
        p.startsAt = form.date("startsAt", false);
        if (p.opensAt != null && p.deadline != null && p.deadline.isBefore(p.opensAt)) {
            form.reject("deadline", form.messages().form_error_date_order());
        }
        if (p.deadline != null && p.startsAt != null && p.startsAt.isBefore(p.deadline)) {
            form.reject("startsAt", form.messages().form_error_date_order());
        }
        p.seats = form.integer("seats", 1, 10_000, false);
        return p;
    }

    /** The manager's weights of the fit (empty: the default), each within [0, max], not all zero. */
    static void readWeights(Form form, Program p, int max, String allZero) {
        p.weightSector = form.integer("weightSector", 0, max, false);
        p.weightStage = form.integer("weightStage", 0, max, false);
        p.weightNeeds = form.integer("weightNeeds", 0, max, false);
        p.weightText = form.integer("weightText", 0, max, false);
        p.weightPlace = form.integer("weightPlace", 0, max, false);
        p.weightLanguage = form.integer("weightLanguage", 0, max, false);
        Integer[] all = {p.weightSector, p.weightStage, p.weightNeeds, p.weightText, p.weightPlace, p.weightLanguage};
        if (java.util.Arrays.stream(all).allMatch(w -> w != null && w == 0)) {
            form.reject("weights", allZero);
        }
    }

    static List<QuestionInput> questions(Form form) {
        List<QuestionInput> questions = new ArrayList<>();
        int rows = Rows.count(form, "questions", MAX_ROWS);
        for (int i = 0; i < rows; i++) {
            Rows row = new Rows("questions", i);
            if (form.checked(row.remove()) || form.value(row.label()).isBlank() && form.value(row.help()).isBlank()
                    && form.value(row.choices()).isBlank()) {
                continue;
            }
            String label = form.text(row.label(), 300, true);
            String help = form.text(row.help(), 1000, false);
            QuestionType type = form.code(row.type(), QuestionType.class, true);
            String choices = form.text(row.choices(), 5000, false);
            if (type != null && type.hasChoices() && (choices == null || choices.lines().filter(l -> !l.isBlank()).count() < 2)) {
                form.reject(row.choices(), form.messages().form_error_required());
            }
            Integer position = form.integer(row.position(), 0, 1000, false);
            questions.add(new QuestionInput(id(form, row.id()), label, help, type, form.checked(row.required()),
                    position == null ? (i + 1) * 10 : position, type != null && type.hasChoices() ? choices : null));
        }
        return questions;
    }

    static List<CriterionInput> rubric(Form form) {
        List<CriterionInput> criteria = new ArrayList<>();
        int rows = Rows.count(form, "rubric", MAX_ROWS);
        for (int i = 0; i < rows; i++) {
            Rows row = new Rows("rubric", i);
            if (form.checked(row.remove()) || form.value(row.name()).isBlank() && form.value(row.description()).isBlank()) {
                continue;
            }
            String name = form.text(row.name(), 160, true);
            String description = form.text(row.description(), 1000, false);
            Integer weight = form.integer(row.weight(), 1, 100, true);
            Integer maxScore = form.integer(row.maxScore(), 1, 100, true);
            Integer position = form.integer(row.position(), 0, 1000, false);
            criteria.add(new CriterionInput(id(form, row.id()), name, description, weight == null ? 1 : weight,
                    maxScore == null ? 5 : maxScore, position == null ? (i + 1) * 10 : position));
        }
        return criteria;
    }

    private static Long id(Form form, String field) {
        try {
            String text = form.value(field).strip();
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Form fill(Form form, Program p) {
        form.set("title", p.title).set("summary", p.summary).set("description", p.description)
                .setCodes("sectors", p.sectors).setCodes("stages", p.stages).setCodes("regions", p.regions)
                .check("womenOnly", p.womenOnly).set("minTeamSize", p.minTeamSize)
                .check("requiresIncorporation", p.requiresIncorporation).setCodes("offers", p.offers)
                .set("fundingAmount", p.fundingAmount).set("equityPercent", p.equityPercent == null ? null
                        : p.equityPercent.stripTrailingZeros().toPlainString())
                .set("format", p.format).set("city", p.city).setCodes("languages", p.languages)
                .set("opensAt", p.opensAt).set("deadline", p.deadline).set("startsAt", p.startsAt)
                .set("seats", p.seats).set("version", p.version).set("weightSector", p.weightSector)
                .set("weightStage", p.weightStage).set("weightNeeds", p.weightNeeds).set("weightText", p.weightText)
                .set("weightPlace", p.weightPlace).set("weightLanguage", p.weightLanguage);
        for (int i = 0; i < p.questions.size(); i++) {
            ProgramQuestion q = p.questions.get(i);
            Rows row = new Rows("questions", i);
            form.set(row.id(), q.id).set(row.label(), q.label).set(row.help(), q.help).set(row.type(), q.type)
                    .check(row.required(), q.required).set(row.position(), q.position).set(row.choices(), q.choices);
        }
        for (int i = 0; i < p.rubric.size(); i++) {
            RubricCriterion c = p.rubric.get(i);
            Rows row = new Rows("rubric", i);
            form.set(row.id(), c.id).set(row.name(), c.name).set(row.description(), c.description)
                    .set(row.weight(), c.weight).set(row.maxScore(), c.maxScore).set(row.position(), c.position);
        }
        return form;
    }
}
