package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * French and English stay in step: every bundle has both files, with the same keys, no empty text,
 * and the same parameters; and no template carries text of its own outside the bundles.
 */
class MessagesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_.]*)");

    @Test
    void everyBundleHasTheSameKeysInFrenchAndEnglish() throws IOException {
        List<Path> french = bundles("_fr.properties");
        assertFalse(french.isEmpty(), "no message bundle found in " + MESSAGES);
        List<String> problems = new ArrayList<>();
        for (Path fr : french) {
            Path en = fr.resolveSibling(fr.getFileName().toString().replace("_fr.properties", "_en.properties"));
            assertTrue(Files.exists(en), en + " is missing");
            problems.addAll(compare(fr.getFileName().toString(), load(fr), en.getFileName().toString(), load(en)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyEnglishBundleHasAFrenchOne() throws IOException {
        for (Path en : bundles("_en.properties")) {
            Path fr = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_fr.properties"));
            assertTrue(Files.exists(fr), fr + " is missing");
        }
    }

    @Test
    void theComparisonCatchesMissingKeysEmptyTextsAndOtherParameters() {
        Properties fr = new Properties();
        fr.setProperty("greeting", "Bonjour {name}");
        fr.setProperty("only_fr", "Seulement en français");
        fr.setProperty("empty", " ");
        Properties en = new Properties();
        en.setProperty("greeting", "Hello {nom}");
        en.setProperty("only_en", "Only in English");
        en.setProperty("empty", "Empty");
        assertEquals(List.of("fr has an empty empty", "greeting has other parameters in fr and en", "en lacks only_fr",
                "fr lacks only_en"), compare("fr", fr, "en", en));
    }

    static List<String> compare(String frName, Properties fr, String enName, Properties en) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                problems.add(enName + " lacks " + key);
            } else if (!params(fr.getProperty(key)).equals(params(en.getProperty(key)))) {
                problems.add(key + " has other parameters in " + frName + " and " + enName);
            }
            if (fr.getProperty(key).isBlank()) {
                problems.add(frName + " has an empty " + key);
            }
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!fr.containsKey(key)) {
                problems.add(frName + " lacks " + key);
            }
            if (en.getProperty(key).isBlank()) {
                problems.add(enName + " has an empty " + key);
            }
        }
        return problems;
    }

    /** Visible text in templates comes from a bundle: what is left once expressions are removed is punctuation. */
    @Test
    void templatesHaveNoTextOfTheirOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                String withoutExpressions = source.replaceAll("\\{[^{}]*\\}", " ");
                Document doc = Jsoup.parse(withoutExpressions);
                doc.select("script, style").remove();
                for (TextNode text : doc.body().textNodes()) {
                    check(file, text.text(), problems);
                }
                doc.getAllElements().forEach(element -> {
                    element.textNodes().forEach(text -> check(file, text.text(), problems));
                    for (String attribute : List.of("title", "alt", "placeholder", "aria-label")) {
                        if (element.hasAttr(attribute)) {
                            check(file, element.attr(attribute), problems);
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(problems)));
    }

    /** Letters allowed outside bundles: the brand, language names in their own language, codes. */
    static final Set<String> ALLOWED = Set.of("Jigi", "FR", "EN", "English", "Français", "CSV", "FCFA", "%");

    static void check(Path file, String text, List<String> problems) {
        for (String word : text.trim().split("[\\s·:,;()/|–—!?.\"'«»]+")) {
            if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(word)) {
                problems.add(TEMPLATES.relativize(file) + ": \"" + word + "\"");
            }
        }
    }

    static List<Path> bundles(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static Set<String> params(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
