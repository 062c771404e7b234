package ml.jigi.startup;

import java.time.Year;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import ml.jigi.code.Band;
import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.web.Form;
import ml.jigi.web.Upload;

/** The startup profile form: fields ↔ entity, with every check of what was typed. */
public final class StartupForm {

    static final int DECK_LIMIT = 10 * 1024 * 1024;

    private StartupForm() {
    }

    /** The profile as typed; the form holds a message for every bad field. */
    public static Startup read(Form form) {
        Startup s = new Startup();
        s.name = form.text("name", 160, true);
        s.tagline = form.text("tagline", 200, true);
        s.description = form.text("description", 5000, true);
        s.sectors = form.codes("sectors", Sector.class);
        if (s.sectors.isEmpty() && !form.invalid("sectors")) {
            form.reject("sectors", form.messages().form_error_required());
        }
        s.stage = form.code("stage", Stage.class, true);
        s.region = form.code("region", Region.class, true);
        s.city = form.text("city", 120, false);
        s.foundedYear = form.integer("foundedYear", 1960, Year.now().getValue(), false);
        Integer team = form.integer("teamSize", 1, 100_000, true);
        s.teamSize = team == null ? 0 : team;
        s.womenLed = form.checked("womenLed");
        s.youthLed = form.checked("youthLed");
        s.incorporated = form.checked("incorporated");
        s.introductionsOpen = form.checked("introductionsOpen");
        s.revenueBand = band(form, "revenueBand");
        s.fundingBand = band(form, "fundingBand");
        s.needs = form.codes("needs", Need.class);
        s.languages = form.codes("languages", Language.class);
        if (s.languages.isEmpty() && !form.invalid("languages")) {
            form.reject("languages", form.messages().form_error_required());
        }
        s.website = form.url("website", false);
        s.phone = form.phone("phone");
        s.visibility = form.code("visibility", Visibility.class, true);
        return s;
    }

    static Band band(Form form, String name) {
        String code = form.value(name).strip();
        if (code.isEmpty()) {
            form.reject(name, form.messages().form_error_required());
            return Band.none;
        }
        try {
            return Band.fromCode(code);
        } catch (IllegalArgumentException e) {
            form.reject(name, form.messages().form_error_code());
            return Band.none;
        }
    }

    /** A form showing the saved profile. */
    static Form fill(Form form, Startup s) {
        form.set("name", s.name).set("tagline", s.tagline).set("description", s.description)
                .setCodes("sectors", s.sectors).set("stage", s.stage).set("region", s.region).set("city", s.city)
                .set("foundedYear", s.foundedYear).set("teamSize", s.teamSize).check("womenLed", s.womenLed)
                .check("youthLed", s.youthLed).check("incorporated", s.incorporated)
                .check("introductionsOpen", s.introductionsOpen)
                .set("revenueBand", s.revenueBand.code()).set("fundingBand", s.fundingBand.code())
                .setCodes("needs", s.needs).setCodes("languages", s.languages).set("website", s.website)
                .set("phone", s.phone).set("visibility", s.visibility).set("version", s.version);
        return form;
    }

    /** The pitch deck sent with the form, if any and if it is a PDF of at most 10 MB. */
    static Optional<Upload> pitchDeck(MultipartFormDataInput input, Form form) {
        Optional<Upload> upload = Upload.file(input, "pitchDeck", DECK_LIMIT);
        upload.ifPresent(file -> {
            if (!Upload.PDF.equals(file.sniff())) {
                form.reject("pitchDeck", form.messages().form_error_file_type("PDF"));
            } else if (file.tooLarge()) {
                form.reject("pitchDeck", form.messages().form_error_file_size(10));
            }
        });
        return upload;
    }
}
