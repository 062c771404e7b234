package ml.jigi.code;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.Option;
import ml.jigi.web.UiLocale;

/**
 * Every list of shared codes, labelled in the page's language: `{inject:choices.sectors}` in templates.
 * The lists never change while the app runs, so each language's are made once.
 */
@Named("choices")
@RequestScoped
public class Choices {

    /** All the lists of one language. */
    record Lists(List<Option> sectors, List<Option> stages, List<Option> regions, List<Option> needs,
            List<Option> languages, List<Option> bands, List<Option> formats, List<Option> kinds) {

        static Lists of(CodeMessages codes) {
            return new Lists(Option.of(Sector.values(), codes::sector), Option.of(Stage.values(), codes::stage),
                    Option.of(Region.values(), codes::region), Option.of(Need.values(), codes::need),
                    Option.of(Language.values(), codes::language),
                    // Bands carry their DESIGN codes (1m_10m …), which are not Java names.
                    Arrays.stream(Band.values()).map(band -> new Option(band.code(), codes.band(band))).toList(),
                    Option.of(ProgramFormat.values(), codes::format), Option.of(OrganizationKind.values(), codes::kind));
        }
    }

    private static final Map<String, Lists> BY_LANGUAGE = new ConcurrentHashMap<>();

    @Inject
    UiLocale ui;

    private Lists lists() {
        return BY_LANGUAGE.computeIfAbsent(ui.code(), code -> Lists.of(ui.messages(CodeMessages.class)));
    }

    public List<Option> sectors() {
        return lists().sectors();
    }

    public List<Option> stages() {
        return lists().stages();
    }

    public List<Option> regions() {
        return lists().regions();
    }

    public List<Option> needs() {
        return lists().needs();
    }

    public List<Option> languages() {
        return lists().languages();
    }

    public List<Option> bands() {
        return lists().bands();
    }

    public List<Option> formats() {
        return lists().formats();
    }

    public List<Option> kinds() {
        return lists().kinds();
    }
}
