package ml.jigi.code;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Sorting by name in Java as MariaDB's utf8mb4_unicode_ci does: letters first, case and accents aside. */
public final class Names {

    private Names() {
    }

    /** A comparator of things by their name (a new collator each time: collators are not shared across threads). */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(name, Comparator.nullsLast(collator::compare));
    }
}
