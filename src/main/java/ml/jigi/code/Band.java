package ml.jigi.code;

import ml.jigi.code.Band;
/** Revenue and funding bands, in FCFA (DESIGN §4). */
public enum Band {
    none, lt_1m, m1_10m("1m_10m"), m10_50m("10m_50m"), m50_250m("50m_250m"), gt_250m;

    private final String code;

    Band() {
        this.code = null;
    }

    Band(String code) {
        this.code = code;
    }

    /** The stable code: Java names cannot start with a digit, so four constants carry theirs. */
    public String code() {
        return code == null ? name() : code;
    }

    public static Band fromCode(String code) {
        for (Band band : values()) {
            if (band.code().equals(code)) {
                return band;
            }
        }
        throw new IllegalArgumentException("Unknown band: " + code);
    }
}
