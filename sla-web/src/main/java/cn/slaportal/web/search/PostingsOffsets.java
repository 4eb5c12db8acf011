package cn.slaportal.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Where the highlighter marks a field's words in one highlighting pass, read from the postings, phrases included.
 * <ul>
 * <li>A word of a phrase (the bigrams of a Chinese query) is marked only where the whole phrase occurs, each word of
 * each occurrence once, as the UnifiedHighlighter's own phrase handling marks it. That one turns every phrase into a
 * span query and, for every shown text and field, builds a searcher, rewrites the query and runs a span weight on it
 * (half of a Chinese query's CPU in a profile); here the positions of the phrase's words in that text are compared.</li>
 * <li>Each word's postings are opened once per pass and moved forward from text to text (the highlighter takes the
 * texts in index order), instead of being looked up and opened again for every text: opening postings on the
 * in-memory directory clones and slices its buffers.</li>
 * </ul>
 * For the queries {@link SearchIndex} builds (terms, phrases, blended terms); one instance serves one pass, on one
 * thread.
 */
final class PostingsOffsets extends FieldOffsetStrategy {

    private final BytesRef[] words;
    private final Set<BytesRef> positionInsensitive;
    private final List<PhraseQuery> phrases;
    private final Set<BytesRef> phraseWords = new LinkedHashSet<>();
    private LeafReader reader;
    private TermsEnum terms;
    private final Map<BytesRef, Cursor> wordCursors = new HashMap<>();
    private final Map<BytesRef, Cursor> phraseCursors = new HashMap<>();

    private PostingsOffsets(UHComponents components, Set<BytesRef> words, List<PhraseQuery> phrases) {
        super(components);
        this.words = words.toArray(BytesRef[]::new);
        Arrays.sort(this.words);
        this.positionInsensitive = words;
        this.phrases = phrases;
        phrases.forEach(phrase -> Arrays.stream(phrase.getTerms()).forEach(term -> phraseWords.add(term.bytes())));
    }

    /** The words (position insensitive) and phrases of the field's part of the query. */
    static PostingsOffsets of(UHComponents components) {
        Set<BytesRef> words = new LinkedHashSet<>();
        List<PhraseQuery> phrases = new ArrayList<>();
        components.getQuery().visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                return components.getFieldMatcher().test(name);
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof PhraseQuery phrase) {
                    phrases.add(phrase);
                    return;
                }
                for (Term term : terms) {
                    if (components.getFieldMatcher().test(term.field())) {
                        words.add(term.bytes());
                    }
                }
            }
        });
        return new PostingsOffsets(components, words, phrases);
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader leaf, int doc, String content) throws IOException {
        if (leaf != reader) {
            reader = leaf;
            Terms indexed = leaf.terms(getField());
            terms = indexed == null ? null : indexed.iterator();
            wordCursors.clear();
            phraseCursors.clear();
        }
        if (terms == null) {
            return OffsetsEnum.EMPTY;
        }
        List<OffsetsEnum> found = new ArrayList<>();
        for (BytesRef word : words) {
            PostingsEnum postings = positioned(wordCursors, word, doc);
            if (postings != null) {
                found.add(new OffsetsEnum.OfPostings(word, postings));
            }
        }
        if (!phrases.isEmpty()) {
            Map<BytesRef, Occurrences> inText = new HashMap<>();
            for (BytesRef word : phraseWords) {
                PostingsEnum postings = positioned(phraseCursors, word, doc);
                if (postings != null) {
                    inText.put(word, Occurrences.read(postings));
                }
            }
            Map<BytesRef, Occurrences> inPhrases = new LinkedHashMap<>();
            for (PhraseQuery phrase : phrases) {
                collect(phrase, inText, inPhrases);
            }
            inPhrases.forEach((word, occurrences) -> found.add(occurrences.offsets(word)));
        }
        return switch (found.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> found.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(found);
        };
    }

    /**
     * The word's postings positioned on {@code doc}, or null where the word is not in it: moved forward from the
     * previous text, opened again only if a text came out of index order.
     */
    private PostingsEnum positioned(Map<BytesRef, Cursor> cursors, BytesRef word, int doc) throws IOException {
        Cursor cursor = cursors.get(word);
        if (cursor == null || cursor.postings != null && doc <= cursor.used) {
            cursor = new Cursor(terms.seekExact(word) ? terms.postings(null, PostingsEnum.OFFSETS) : null);
            cursors.put(word, cursor);
        }
        if (cursor.postings == null) {
            return null;
        }
        cursor.used = doc;
        int current = cursor.postings.docID();
        if (current < doc) {
            current = cursor.postings.advance(doc);
        }
        return current == doc ? cursor.postings : null;
    }

    /** The offsets of the phrase's words wherever all of them stand at their places in the phrase. */
    private void collect(PhraseQuery phrase, Map<BytesRef, Occurrences> inText, Map<BytesRef, Occurrences> into) {
        Term[] phraseTerms = phrase.getTerms();
        int[] places = phrase.getPositions();
        Occurrences[] occurrences = new Occurrences[phraseTerms.length];
        for (int i = 0; i < phraseTerms.length; i++) {
            occurrences[i] = inText.get(phraseTerms[i].bytes());
            if (occurrences[i] == null) {
                return;
            }
        }
        int[] at = new int[phraseTerms.length];
        for (int first = 0; first < occurrences[0].count; first++) {
            int start = occurrences[0].positions[first] - places[0];
            boolean whole = true;
            for (int i = 0; i < phraseTerms.length && whole; i++) {
                at[i] = Arrays.binarySearch(occurrences[i].positions, 0, occurrences[i].count, start + places[i]);
                whole = at[i] >= 0;
            }
            if (!whole) {
                continue;
            }
            for (int i = 0; i < phraseTerms.length; i++) {
                BytesRef word = phraseTerms[i].bytes();
                if (!positionInsensitive.contains(word)) {
                    into.computeIfAbsent(word, w -> new Occurrences(4))
                            .add(0, occurrences[i].starts[at[i]], occurrences[i].ends[at[i]]);
                }
            }
        }
    }

    /** One word's postings in the field (null: not in the field) and the last text they were positioned on. */
    private static final class Cursor {

        final PostingsEnum postings;
        int used = -1;

        Cursor(PostingsEnum postings) {
            this.postings = postings;
        }
    }

    /** Positions and offsets of one word in one text. */
    private static final class Occurrences {

        int[] positions;
        int[] starts;
        int[] ends;
        int count;

        Occurrences(int capacity) {
            positions = new int[Math.max(1, capacity)];
            starts = new int[positions.length];
            ends = new int[positions.length];
        }

        static Occurrences read(PostingsEnum postings) throws IOException {
            int freq = postings.freq();
            Occurrences read = new Occurrences(freq);
            for (int i = 0; i < freq; i++) {
                read.add(postings.nextPosition(), postings.startOffset(), postings.endOffset());
            }
            return read;
        }

        void add(int position, int start, int end) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            positions[count] = position;
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        /** The collected offsets in text order, each pair once, as one word's enumeration. */
        OffsetsEnum offsets(BytesRef word) {
            long[] pairs = new long[count];
            for (int i = 0; i < count; i++) {
                pairs[i] = (long) starts[i] << 32 | ends[i];
            }
            Arrays.sort(pairs);
            int unique = 0;
            for (int i = 0; i < pairs.length; i++) {
                if (i == 0 || pairs[i] != pairs[i - 1]) {
                    pairs[unique++] = pairs[i];
                }
            }
            long[] offsets = Arrays.copyOf(pairs, unique);
            return new OffsetsEnum() {
                private int index = -1;

                @Override
                public boolean nextPosition() {
                    return ++index < offsets.length;
                }

                @Override
                public int freq() {
                    return offsets.length;
                }

                @Override
                public BytesRef getTerm() {
                    return word;
                }

                @Override
                public int startOffset() {
                    return (int) (offsets[index] >>> 32);
                }

                @Override
                public int endOffset() {
                    return (int) offsets[index];
                }
            };
        }
    }
}
