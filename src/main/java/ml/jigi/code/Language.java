package ml.jigi.code;

import ml.jigi.code.Language;
/** Working languages: French, English, Bambara (DESIGN §4). */
public enum Language {
    fr, en, bm
}
