package ml.jigi.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateData;

/**
 * What someone typed into a form, and what is wrong with it. Readers ({@link #text}, {@link #integer},
 * {@link #code}, …) return the typed value or record a message next to the field; the form is then
 * shown again with everything kept. Nothing is saved while {@link #hasErrors()}.
 */
@TemplateData
public final class Form {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .-]{5,18}[0-9]$");

    private final Map<String, List<String>> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final FormMessages msg;
    private String notice;

    public Form(Map<String, List<String>> values, FormMessages msg) {
        this.values = new HashMap<>(values);
        this.msg = msg;
    }

    public static Form empty(FormMessages msg) {
        return new Form(Map.of(), msg);
    }

    // --- for templates ---------------------------------------------------------------------------

    /** The first value typed for this field, or "". */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** For checkboxes and selects: was this code chosen? */
    public boolean has(String name, String code) {
        return values(name).contains(code);
    }

    /** Whether any field starts with this prefix (rows of a repeated group). */
    public boolean hasPrefix(String prefix) {
        return values.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    public boolean checked(String name) {
        String value = value(name);
        return "on".equals(value) || "true".equals(value);
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean invalid(String name) {
        return errors.containsKey(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.size();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** A message above the form (a conflict, a saved confirmation). */
    public String notice() {
        return notice;
    }

    // --- for resources -----------------------------------------------------------------------------

    public Form notice(String text) {
        this.notice = text;
        return this;
    }

    public Form set(String name, Object value) {
        values.put(name, value == null ? List.of() : List.of(value.toString()));
        return this;
    }

    public Form setAll(String name, Collection<String> codes) {
        values.put(name, new ArrayList<>(codes));
        return this;
    }

    public <E extends Enum<E>> Form setCodes(String name, Collection<E> codes) {
        return setAll(name, codes.stream().map(Enum::name).sorted().toList());
    }

    public Form check(String name, boolean on) {
        return on ? set(name, "on") : set(name, null);
    }

    public void reject(String name, String text) {
        errors.putIfAbsent(name, text);
    }

    public FormMessages messages() {
        return msg;
    }

    /** Trimmed text; null when empty and optional. */
    public String text(String name, int max, boolean required) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            if (required) {
                reject(name, msg.form_error_required());
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            reject(name, msg.form_error_too_long(max));
        }
        return text;
    }

    public Integer integer(String name, int min, int max, boolean required) {
        Long value = longNumber(name, min, max, required);
        return value == null ? null : value.intValue();
    }

    public Long longNumber(String name, long min, long max, boolean required) {
        String text = value(name).strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (text.isEmpty()) {
            if (required) {
                reject(name, msg.form_error_required());
            }
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            reject(name, msg.form_error_number());
            return null;
        }
        if (value < min) {
            reject(name, msg.form_error_min(min));
        } else if (value > max) {
            reject(name, msg.form_error_max(max));
        }
        return value;
    }

    public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        String text = value(name).strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
                reject(name, msg.form_error_decimal());
            }
            return value;
        } catch (NumberFormatException e) {
            reject(name, msg.form_error_decimal());
            return null;
        }
    }

    public <E extends Enum<E>> E code(String name, Class<E> type, boolean required) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            if (required) {
                reject(name, msg.form_error_required());
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            reject(name, msg.form_error_code());
            return null;
        }
    }

    public <E extends Enum<E>> EnumSet<E> codes(String name, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String text : values(name)) {
            try {
                set.add(Enum.valueOf(type, text.strip()));
            } catch (IllegalArgumentException e) {
                reject(name, msg.form_error_code());
            }
        }
        return set;
    }

    public LocalDate date(String name, boolean required) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            if (required) {
                reject(name, msg.form_error_required());
            }
            return null;
        }
        LocalDate date = Dates.parse(text);
        if (date == null) {
            reject(name, msg.form_error_date());
        }
        return date;
    }

    /** An http(s) address; "example.ml" becomes "https://example.ml". */
    public String url(String name, boolean required) {
        String text = text(name, 255, required);
        if (text == null) {
            return null;
        }
        String url = text.matches("(?i)^https?://.*") ? text : "https://" + text;
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                throw new IllegalArgumentException();
            }
            return url;
        } catch (IllegalArgumentException e) {
            reject(name, msg.form_error_url());
            return null;
        }
    }

    public String email(String name, boolean required) {
        String text = text(name, 320, required);
        if (text != null && !EMAIL.matcher(text).matches()) {
            reject(name, msg.form_error_email());
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    public String phone(String name) {
        String text = text(name, 40, false);
        if (text != null && !PHONE.matcher(text).matches()) {
            reject(name, msg.form_error_phone());
        }
        return text;
    }

    /** The version the form was loaded with, for optimistic locking; -1 if missing or garbled. */
    public long version() {
        try {
            return Long.parseLong(value("version").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
