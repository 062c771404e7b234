package ml.jigi.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How close two descriptions are. Each text is analyzed by Lucene's FrenchAnalyzer or
 * EnglishAnalyzer (whichever language it is written in: elision, stop words, stemming), so that
 * "transformation de mangues" and "transformation agro-alimentaire" share "transform".
 * <p>
 * Programs are weighted TF-IDF, with the BM25 inverse document frequency over all programs: words
 * every program uses ("startup", "accompagnement") count little. Startups are weighted by term
 * frequency alone, so that a startup's vector never depends on the other startups and is computed
 * once per version. Both are L2-normalized; the similarity is their dot product, in [0, 1].
 */
public final class TextSimilarity {

    static final Analyzer FRENCH = new FrenchAnalyzer();
    static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Set<String> FRENCH_HINTS = Set.of("le", "la", "les", "de", "des", "du", "et", "pour", "une",
            "un", "est", "dans", "avec", "aux", "au", "sur", "nous", "qui", "en");
    private static final Set<String> ENGLISH_HINTS = Set.of("the", "and", "of", "for", "to", "with", "is", "in", "a",
            "an", "we", "our", "that", "on", "by");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private TextSimilarity() {
    }

    /** A sparse vector: term hashes in increasing order, with their weights. */
    public record Vector(long[] terms, float[] weights) {

        public static final Vector EMPTY = new Vector(new long[0], new float[0]);

        /** The dot product of two normalized vectors: their cosine similarity. */
        public float dot(Vector other) {
            long[] a = terms;
            long[] b = other.terms;
            float[] wa = weights;
            float[] wb = other.weights;
            int i = 0;
            int j = 0;
            float sum = 0;
            while (i < a.length && j < b.length) {
                long x = a[i];
                long y = b[j];
                if (x == y) {
                    sum += wa[i++] * wb[j++];
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        public int size() {
            return terms.length;
        }
    }

    /** The analyzed terms of a text, with their counts. */
    public static Map<String, Integer> terms(String text) {
        return text == null || text.isBlank() ? new HashMap<>() : terms(analyzerFor(text), text);
    }

    /** The terms of a text through the given analyzer. */
    static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** French unless the text has clearly more English function words. */
    static Analyzer analyzerFor(String text) {
        int french = 0;
        int english = 0;
        for (String word : WORDS.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (FRENCH_HINTS.contains(word)) {
                french++;
            } else if (ENGLISH_HINTS.contains(word)) {
                english++;
            }
        }
        return english > french ? ENGLISH : FRENCH;
    }

    /** Term-frequency vector (1 + ln tf), L2-normalized: the startup side. */
    public static Vector tf(Map<String, Integer> counts) {
        return vector(counts, term -> 1.0);
    }

    /** A vector of the given raw weights, L2-normalized (a cohort's mean, for instance). */
    public static Vector weighted(Map<String, Double> raw) {
        Map<String, Integer> ones = new HashMap<>();
        raw.keySet().forEach(term -> ones.put(term, 1));
        return vector(ones, raw::get);
    }

    /** TF-IDF vector, L2-normalized: the program side. */
    public static Vector tfidf(Map<String, Integer> counts, Idf idf) {
        return vector(counts, idf::of);
    }

    private static Vector vector(Map<String, Integer> counts, java.util.function.ToDoubleFunction<String> idf) {
        if (counts.isEmpty()) {
            return Vector.EMPTY;
        }
        long[] hashes = new long[counts.size()];
        double[] raw = new double[counts.size()];
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            hashes[n] = hash(e.getKey());
            raw[n] = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
            n++;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(hashes[x], hashes[y]));
        double norm = 0;
        for (double w : raw) {
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        long[] terms = new long[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            terms[i] = hashes[order[i]];
            weights[i] = norm == 0 ? 0 : (float) (raw[order[i]] / norm);
        }
        return new Vector(terms, weights);
    }

    /** 64-bit FNV-1a: collisions between two different terms are practically impossible. */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** BM25 inverse document frequency over a corpus of documents (their term sets). */
    public static final class Idf {
        private final Map<String, Integer> documentFrequency;
        private final int documents;

        private Idf(Map<String, Integer> documentFrequency, int documents) {
            this.documentFrequency = documentFrequency;
            this.documents = documents;
        }

        public static Idf of(Collection<? extends Collection<String>> corpus) {
            Map<String, Integer> df = new HashMap<>();
            for (Collection<String> document : corpus) {
                for (String term : document) {
                    df.merge(term, 1, Integer::sum);
                }
            }
            return new Idf(df, corpus.size());
        }

        public double of(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        }
    }
}
