package ml.jigi.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * Page N of a list, with plain links to the neighbours that keep the filters. Any page parameter is
 * accepted: garbage, zero or negative means the first page, past the end means the last.
 */
@TemplateData
public final class Pager {

    private final int number;
    private final int pages;
    private final long total;
    private final String base;

    private Pager(int number, int pages, long total, String base) {
        this.number = number;
        this.pages = pages;
        this.total = total;
        this.base = base;
    }

    /** The zero-based page asked for, before knowing how many there are: garbage is the first. */
    public static int index(String page) {
        try {
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Long.parseLong(page == null ? "1" : page.strip()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** filters: name, value, name, value… (null values are left out of the links). */
    public static Pager of(String page, int size, long total, String path, Object... filters) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        long asked;
        try {
            asked = Long.parseLong(page == null ? "1" : page.strip());
        } catch (NumberFormatException e) {
            asked = 1;
        }
        int number = (int) Math.max(1, Math.min(asked, pages));
        List<String> query = new ArrayList<>();
        for (int i = 0; i + 1 < filters.length; i += 2) {
            Object value = filters[i + 1];
            if (value != null && !value.toString().isEmpty()) {
                query.add(filters[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        String base = path + "?" + String.join("&", query) + (query.isEmpty() ? "" : "&") + "page=";
        return new Pager(number, pages, total, base);
    }

    /** Reads a code from a query parameter: anything unknown is no filter, never an error. */
    public static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Zero-based, for queries. */
    public int index() {
        return number - 1;
    }

    public int number() {
        return number;
    }

    public int pages() {
        return pages;
    }

    public long total() {
        return total;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    public String previous() {
        return base + (number - 1);
    }

    public String next() {
        return base + (number + 1);
    }
}
