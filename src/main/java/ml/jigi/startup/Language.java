package ml.jigi.startup;

/** Working languages: French, English, Bambara (DESIGN §4). */
public enum Language {
    fr, en, bm
}
