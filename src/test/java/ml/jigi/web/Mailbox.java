package ml.jigi.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real SMTP server of the tests (GreenMail, started by bin/jigi test), read through its HTTP API:
 * what Keycloak and the app sent to an address, with the text decoded and the links found.
 */
public final class Mailbox {

    /** One mail as its recipient reads it. */
    public record Mail(String subject, String text, String raw) {

        /** The links of the mail, in order. */
        public List<String> links() {
            List<String> links = new ArrayList<>();
            Matcher m = Pattern.compile("https?://[^\\s\"'<>]+").matcher(text);
            while (m.find()) {
                String link = m.group().replace("&amp;", "&");
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
            return links;
        }

        /** A header of the mail as sent (folded lines joined), empty when absent. */
        public String header(String name) {
            return Mime.header(raw.split("\\r?\\n\\r?\\n", 2)[0], name);
        }

        /** The first link that contains this text. */
        public String link(String containing) {
            return links().stream().filter(l -> l.contains(containing)).findFirst()
                    .orElseThrow(() -> new AssertionError("No link with " + containing + " in: " + text));
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Mailbox() {
    }

    static String api() {
        return ConfigProvider.getConfig().getOptionalValue("jigi.test.mail-api", String.class)
                .orElseGet(() -> System.getenv().getOrDefault("JIGI_MAIL_API", "http://127.0.0.1:8025"));
    }

    /** The mails received for this address so far, oldest first (none when the address got nothing yet). */
    public static List<Mail> of(String address) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/api/user/"
                    + URLEncoder.encode(address.toLowerCase(), StandardCharsets.UTF_8) + "/messages/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 400) { // GreenMail knows the address only once something came for it
                return List.of();
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode m : JSON.readTree(r.body())) {
                mails.add(new Mail(m.path("subject").asText(), Mime.text(m.path("mimeMessage").asText()), m.path("mimeMessage").asText()));
            }
            return mails;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 30 s) for a mail to this address that matches, and returns the newest such mail. */
    public static Mail await(String address, Predicate<Mail> matching) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Mail> found = of(address).stream().filter(matching).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("No matching mail came for " + address + "; received: "
                        + of(address).stream().map(Mail::subject).toList());
            }
            try {
                Thread.sleep(200); // polling the mail server's API, not waiting for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The readable text of a MIME message: every text part, its transfer encoding undone. */
    static final class Mime {

        private Mime() {
        }

        static String text(String raw) {
            String[] headBody = raw.split("\\r?\\n\\r?\\n", 2);
            String headers = headBody[0];
            String body = headBody.length > 1 ? headBody[1] : "";
            Matcher boundary = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE).matcher(headers);
            if (boundary.find()) {
                StringBuilder all = new StringBuilder();
                for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
                    if (!part.isBlank() && !part.startsWith("--")) {
                        all.append(text(part.replaceFirst("^\\r?\\n", ""))).append('\n');
                    }
                }
                return all.toString();
            }
            String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase();
            String charset = header(headers, "Content-Type").replaceAll("(?i).*charset=\"?([^\";]+).*", "$1");
            java.nio.charset.Charset cs = charset.isBlank() || charset.contains("/") ? StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(charset.strip());
            if (encoding.contains("quoted-printable")) {
                return quotedPrintable(body, cs);
            }
            if (encoding.contains("base64")) {
                return new String(java.util.Base64.getMimeDecoder().decode(body.strip()), cs);
            }
            return body;
        }

        static String header(String headers, String name) {
            Matcher m = Pattern.compile("(?im)^" + name + ":\\s*(.*(?:\\r?\\n[ \\t].*)*)").matcher(headers);
            return m.find() ? m.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : "";
        }

        static String quotedPrintable(String s, java.nio.charset.Charset cs) {
            String joined = s.replaceAll("=\\r?\\n", "");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length() && isHex(joined, i + 1) && isHex(joined, i + 2)) {
                    out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] b = String.valueOf(c).getBytes(cs);
                    out.write(b, 0, b.length);
                }
            }
            return out.toString(cs);
        }

        private static boolean isHex(String s, int i) {
            return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
        }
    }
}
