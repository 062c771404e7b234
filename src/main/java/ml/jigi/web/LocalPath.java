package ml.jigi.web;

/** Where a redirect may go after a form or a switch: only a path on this site. */
public final class LocalPath {

    private LocalPath() {
    }

    /** True for "/x?y" and false for "//evil.example", "/\\evil.example", "https://…" or control characters. */
    public static boolean isSafe(String target) {
        if (target == null || target.isEmpty() || target.length() > 2000 || target.charAt(0) != '/') {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        return target.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }

    public static String orHome(String target) {
        return isSafe(target) ? target : "/";
    }
}
