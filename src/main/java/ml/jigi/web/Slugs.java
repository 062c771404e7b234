package ml.jigi.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable, stable addresses for public objects: "Société Kènè Bio" → "societe-kene-bio", "Dɔnko" → "donko". */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String bambara = (text == null ? "" : text).replace("ɛ", "e").replace("Ɛ", "E").replace("ɔ", "o").replace("Ɔ", "O")
                .replace("ɲ", "ny").replace("Ɲ", "Ny").replace("ŋ", "ng").replace("Ŋ", "Ng");
        String ascii = Normalizer.normalize(bambara, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }

    /** The slug of the text, with -2, -3… appended while it is taken. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
