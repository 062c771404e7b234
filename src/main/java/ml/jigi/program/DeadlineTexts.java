package ml.jigi.program;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * "Clôture dans 5 jours", "Ouverture des candidatures le 9 décembre 2026"…: how a program's
 * deadline reads on a day, in the page's language. One method for the entity and the catalog rows,
 * so that every page says it the same way.
 */
@TemplateExtension
public final class DeadlineTexts {

    private static final Map<String, ProgramMessages> BUNDLES = new ConcurrentHashMap<>();

    private DeadlineTexts() {
    }

    static String deadlineText(Program p, LocalDate day, @TemplateAttribute("locale") Object locale) {
        return text(p.status, p.opensAt, p.deadline, day, locale);
    }

    static String deadlineText(ProgramCatalog.Entry e, LocalDate day, @TemplateAttribute("locale") Object locale) {
        return text(e.status(), e.opensAt(), e.deadline(), day, locale);
    }

    static String text(ProgramStatus status, LocalDate opensAt, LocalDate deadline, LocalDate day, Object locale) {
        Locale lang = locale instanceof Locale l ? l : Locale.FRENCH;
        ProgramMessages msg = BUNDLES.computeIfAbsent(lang.getLanguage(),
                code -> MessageBundles.get(ProgramMessages.class, Localized.Literal.of(code)));
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", lang);
        return switch (Deadline.state(status, opensAt, deadline, day)) {
            case "closed" -> msg.program_deadline_closed(deadline.format(longDate));
            case "upcoming" -> msg.program_deadline_upcoming(opensAt.format(longDate));
            case "today" -> msg.program_deadline_today();
            case "tomorrow" -> msg.program_deadline_tomorrow();
            default -> msg.program_deadline_days(Deadline.daysLeft(deadline, day));
        };
    }
}
