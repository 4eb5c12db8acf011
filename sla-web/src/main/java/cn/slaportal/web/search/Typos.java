package cn.slaportal.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The indexed words a typed (analysed) word may have been meant as: the words within its typo allowance — one edit
 * from five letters, two from eight, an edit being a letter inserted, deleted, replaced or two neighbours swapped —
 * that start with the same letter, the nearest first, at most {@link #MAX_VARIANTS}. These are the words Lucene's
 * {@code FuzzyQuery(term, edits, 1, 20, true)} expands to, with its boosts ({@link Variant#boost()}); they are found
 * once per word for every field, from the index's sorted word list, instead of through edit-distance automata built
 * for each field, and as plain terms they let the highlighter read the offsets from the postings instead of
 * analysing each shown text again (it must for a fuzzy query).
 */
final class Typos {

    static final int MAX_VARIANTS = 20;

    private static final Comparator<Variant> NEAREST_FIRST = Comparator.comparing(Variant::boost).reversed()
            .thenComparing(Variant::word);

    /** The words of every field, sorted (as Lucene orders terms: by UTF-8 bytes, i.e. by code point). */
    private final String[] words;
    private final int[][] codePoints;
    /** Per word, a bit per field (the index in {@link #fields}) that holds it. */
    private final long[] inFields;
    private final List<String> fields;

    /** One word the typed one may have meant, with its edit distance and FuzzyQuery's boost for it. */
    record Variant(String word, int edits, float boost, long fields) {

        boolean in(int field) {
            return (fields & (1L << field)) != 0;
        }
    }

    private Typos(String[] words, long[] inFields, List<String> fields) {
        this.words = words;
        this.inFields = inFields;
        this.fields = fields;
        this.codePoints = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            codePoints[i] = words[i].codePoints().toArray();
        }
    }

    /** The words of these fields of the index (at most 64 fields). */
    static Typos of(IndexReader reader, List<String> fields) {
        if (fields.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 fields: " + fields);
        }
        TreeMap<String, Long> words = new TreeMap<>(Typos::byCodePoint);
        try {
            for (int field = 0; field < fields.size(); field++) {
                Terms terms = MultiTerms.getTerms(reader, fields.get(field));
                if (terms == null) {
                    continue;
                }
                long bit = 1L << field;
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    words.merge(term.utf8ToString(), bit, (a, b) -> a | b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] inFields = words.values().stream().mapToLong(Long::longValue).toArray();
        return new Typos(words.keySet().toArray(String[]::new), inFields, List.copyOf(fields));
    }

    /** The field's bit in {@link Variant#fields()}. */
    int field(String name) {
        int field = fields.indexOf(name);
        if (field < 0) {
            throw new IllegalArgumentException("not a field of these words: " + name);
        }
        return field;
    }

    /** How many edits a word of this many letters (code points) may be off by: none below five, one, two from eight. */
    static int allowedEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= 8 ? 2 : length >= 5 ? 1 : 0;
    }

    /**
     * The indexed words within {@code maxEdits} of {@code word} that begin with its first letter (the word itself
     * included when it is indexed), nearest first (FuzzyQuery's boost, then alphabetically), at most
     * {@link #MAX_VARIANTS}.
     */
    List<Variant> variants(String word, int maxEdits) {
        int[] typed = word.codePoints().toArray();
        if (typed.length == 0) {
            return List.of();
        }
        String prefix = Character.toString(typed[0]);
        int from = Arrays.binarySearch(words, prefix, Typos::byCodePoint);
        from = from >= 0 ? from : -from - 1;
        List<Variant> found = new ArrayList<>();
        for (int i = from; i < words.length && codePoints[i].length > 0 && codePoints[i][0] == typed[0]; i++) {
            int[] candidate = codePoints[i];
            if (Math.abs(candidate.length - typed.length) > maxEdits) {
                continue;
            }
            int edits = distance(typed, candidate, 1, maxEdits);
            if (edits <= maxEdits) {
                float boost = edits == 0 ? 1.0f : 1.0f - (float) edits / Math.min(candidate.length, typed.length);
                found.add(new Variant(words[i], edits, boost, inFields[i]));
            }
        }
        found.sort(NEAREST_FIRST);
        return found.size() > MAX_VARIANTS ? List.copyOf(found.subList(0, MAX_VARIANTS)) : found;
    }

    /**
     * The optimal string alignment distance between {@code a} and {@code b} after their first {@code from} code points
     * (insertions, deletions, replacements and swaps of neighbours, each 1; no substring edited twice), or
     * {@code max + 1} when it is above {@code max}.
     */
    static int distance(int[] a, int[] b, int from, int max) {
        int n = a.length - from;
        int m = b.length - from;
        if (n < 0 || m < 0 || Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = i;
            int ai = a[from + i - 1];
            for (int j = 1; j <= m; j++) {
                int bj = b[from + j - 1];
                int cost = ai == bj ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[from + j - 2] && a[from + i - 2] == bj) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > max) {
                return max + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
