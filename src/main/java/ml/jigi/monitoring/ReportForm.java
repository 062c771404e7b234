package ml.jigi.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.jigi.code.Band;
import ml.jigi.web.Form;

/**
 * Reads a report's form: the core indicators (their field names are the indicators' names, see
 * docs/monitoring.md) and the answers to the program's own questions (`q0`, `q1` … in the order of
 * the plan). Each bad value gets its message next to its field; a draft may leave fields empty,
 * a submission may not (except the milestone and the program's questions).
 */
final class ReportForm {

    /** The most a single count may say (people, customers). */
    static final int MAX_COUNT = 1_000_000;
    /** 10 000 billion FCFA: more is a typing error. */
    static final long MAX_XOF = 10_000_000_000_000L;

    /** What the form says, checked. */
    record Values(Band revenueBand, Integer jobsTotal, Integer jobsWomen, Integer jobsYouth, Long fundingRaisedXof,
            FundingKind fundingKind, Integer customers, String milestone, Map<String, String> answers) {
    }

    private ReportForm() {
    }

    static Values read(Form form, List<String> questions, MonitoringMessages msg, boolean submitting) {
        Band band = null;
        String bandText = form.value("revenue_band").strip();
        if (!bandText.isEmpty()) {
            try {
                band = Band.fromCode(bandText);
            } catch (IllegalArgumentException e) {
                form.reject("revenue_band", form.messages().form_error_code());
            }
        } else if (submitting) {
            form.reject("revenue_band", form.messages().form_error_required());
        }
        Integer total = form.integer("jobs_total", 0, MAX_COUNT, submitting);
        Integer women = form.integer("jobs_women", 0, MAX_COUNT, submitting);
        Integer youth = form.integer("jobs_youth", 0, MAX_COUNT, submitting);
        if (total != null && women != null && women > total && !form.invalid("jobs_women")) {
            form.reject("jobs_women", msg.report_error_more_than_total(total));
        }
        if (total != null && youth != null && youth > total && !form.invalid("jobs_youth")) {
            form.reject("jobs_youth", msg.report_error_more_than_total(total));
        }
        Long raised = form.longNumber("funding_raised_xof", 0, MAX_XOF, submitting);
        FundingKind kind = form.code("funding_kind", FundingKind.class, submitting);
        if (raised != null && raised > 0 && kind == FundingKind.none && !form.invalid("funding_kind")) {
            form.reject("funding_kind", msg.report_error_kind_needed());
        }
        if (raised != null && raised == 0 && kind != null && kind != FundingKind.none && !form.invalid("funding_raised_xof")) {
            form.reject("funding_raised_xof", msg.report_error_amount_needed());
        }
        Integer customers = form.integer("customers", 0, MAX_COUNT, submitting);
        String milestone = form.text("milestone", 1000, false);
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = form.text("q" + i, 2000, false);
            if (answer != null) {
                answers.put(questions.get(i), answer);
            }
        }
        return new Values(band, total, women, youth, raised, kind, customers, milestone, answers);
    }

    /** The form as a report fills it. */
    static Form fill(Form form, ProgressReport r, List<String> questions) {
        form.set("revenue_band", r.revenueBand == null ? "" : r.revenueBand.code());
        form.set("jobs_total", r.jobsTotal == null ? "" : r.jobsTotal);
        form.set("jobs_women", r.jobsWomen == null ? "" : r.jobsWomen);
        form.set("jobs_youth", r.jobsYouth == null ? "" : r.jobsYouth);
        form.set("funding_raised_xof", r.fundingRaisedXof == null ? "" : r.fundingRaisedXof);
        form.set("funding_kind", r.fundingKind == null ? "" : r.fundingKind.name());
        form.set("customers", r.customers == null ? "" : r.customers);
        form.set("milestone", r.milestone == null ? "" : r.milestone);
        Map<String, String> answers = r.answerMap();
        for (int i = 0; i < questions.size(); i++) {
            form.set("q" + i, answers.getOrDefault(questions.get(i), ""));
        }
        form.set("version", r.version);
        return form;
    }
}
