package ml.jigi.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

/** Dates and amounts as people read them, in the page's language; "today" is Bamako's (UTC, no summer time). */
@TemplateExtension
public final class Dates {

    public static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(MALI);
    }

    /**
     * An ISO date (2026-12-31) someone may mean: null for anything else, including dates that parse
     * but no one means (years like +999999999, which then overflow any arithmetic on them).
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() < 1900 || date.getYear() > 2200 ? null : date;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** "31 décembre 2026", "31 December 2026". */
    static String longDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        Locale lang = locale instanceof Locale l ? l : Locale.FRENCH;
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", lang));
    }

    /** Days from today to this date: 0 today, 1 tomorrow, negative when past. */
    static long daysFromToday(LocalDate date) {
        return ChronoUnit.DAYS.between(today(), date);
    }

    /** "29 novembre 2026 à 14:05" in Bamako's time. */
    static String longTime(java.time.Instant at, @TemplateAttribute("locale") Object locale) {
        Locale lang = locale instanceof Locale l ? l : Locale.FRENCH;
        return at == null ? "" : at.atZone(MALI).format(DateTimeFormatter.ofPattern(
                "fr".equals(lang.getLanguage()) ? "d MMMM uuuu 'à' HH:mm" : "d MMMM uuuu, HH:mm", lang));
    }

    /** 10000000 → "10 000 000" (French) or "10,000,000" (English). */
    static String grouped(Number number, @TemplateAttribute("locale") Object locale) {
        Locale lang = locale instanceof Locale l ? l : Locale.FRENCH;
        return number == null ? "" : java.text.NumberFormat.getIntegerInstance(lang).format(number);
    }

    /** ISO 8601 to the second, for <time datetime>: HTML allows at most three decimals. */
    static String iso(java.time.Instant at) {
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** ISO 8601, for <time datetime> and data attributes. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
