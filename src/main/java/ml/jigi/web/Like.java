package ml.jigi.web;

/** A LIKE pattern matching text anywhere, the visitor's %, _ and \ taken literally. */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
