package ml.jigi.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * A file someone sent with a form, read into memory up to a limit (a file over the limit keeps only
 * limit + 1 bytes: enough to know it is too large). What it is comes from its content, never its name.
 */
public record Upload(String filename, byte[] bytes, boolean tooLarge) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    /** The text fields of a multipart form, as a {@link Form} would read them. */
    public static Map<String, List<String>> fields(MultipartFormDataInput input) {
        Map<String, List<String>> fields = new HashMap<>();
        for (Map.Entry<String, Collection<FormValue>> entry : input.getValues().entrySet()) {
            List<String> texts = entry.getValue().stream().filter(v -> !v.isFileItem()).map(FormValue::getValue).toList();
            if (!texts.isEmpty()) {
                fields.put(entry.getKey(), texts);
            }
        }
        return fields;
    }

    /** The file sent in this field; empty when the field was left empty. */
    public static Optional<Upload> file(MultipartFormDataInput input, String name, int limit) {
        Collection<FormValue> values = input.getValues().get(name);
        if (values == null) {
            return Optional.empty();
        }
        for (FormValue value : values) {
            if (value.isFileItem() && value.getFileName() != null && !value.getFileName().isBlank()) {
                try (InputStream in = value.getFileItem().getInputStream()) {
                    byte[] bytes = in.readNBytes(limit + 1);
                    if (bytes.length == 0) {
                        return Optional.empty();
                    }
                    return Optional.of(new Upload(cleanName(value.getFileName()), bytes, bytes.length > limit));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    /** A logo's largest size. */
    public static final int LOGO_LIMIT = 1024 * 1024;

    /**
     * The logo sent in the form's field "logo", if any: a PNG, JPEG or WebP of at most 1 MB, else
     * refused next to the field (startups and organizations alike).
     */
    public static Optional<Upload> logo(MultipartFormDataInput input, Form form) {
        Optional<Upload> upload = file(input, "logo", LOGO_LIMIT);
        upload.ifPresent(file -> {
            String type = file.sniff();
            if (!PNG.equals(type) && !JPEG.equals(type) && !WEBP.equals(type)) {
                form.reject("logo", form.messages().form_error_file_type("PNG, JPEG, WebP"));
            } else if (file.tooLarge()) {
                form.reject("logo", form.messages().form_error_file_size(1));
            }
        });
        return upload;
    }

    /** The type told by the first bytes: PNG, JPEG, WebP or PDF; null for anything else. */
    public String sniff() {
        byte[] b = bytes;
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        return null;
    }

    static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
