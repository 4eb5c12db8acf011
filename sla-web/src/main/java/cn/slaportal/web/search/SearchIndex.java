package cn.slaportal.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index of the published texts, one index per language. Chinese text is indexed as
 * overlapping character bigrams (CJKAnalyzer), so that any run of two or more Chinese characters matches
 * wherever it occurs without relying on a word dictionary; a Chinese query must match as a phrase, and
 * Traditional characters in it are folded to Simplified first ({@link ChineseFolding}). English uses stemming
 * (EnglishAnalyzer); when nothing matches as typed, a word may also match within a typo (one edit from five
 * letters, two from eight: {@link Typos}).
 * A query searches both languages: hits in the page's language first, then those only the other language has,
 * each labelled with its language. {@link #replace} swaps in a freshly built index atomically.
 */
public final class SearchIndex {

    static final String ENGLISH = "en";
    static final String CHINESE = "zh-CN";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final int SNIPPET_CHARS = 180;
    private static final int MAX_QUERY_CHARS = 200;
    private static final int MAX_HIGHLIGHTED_CHARS = 100_000;

    private final Map<String, Analyzer> analyzers = Map.of(ENGLISH, new EnglishAnalyzer(), CHINESE, new CJKAnalyzer());
    private volatile Map<String, LanguageIndex> indexes = Map.of();

    private record LanguageIndex(IndexSearcher searcher, List<SearchEntry> entries, int[] positions,
                                 UnifiedHighlighter highlighter, Typos typos) {
    }

    /** Title and text: analysed with offsets in the postings, so highlighting needs no re-analysis (the texts stay in memory). */
    private static final FieldType HIGHLIGHTED = highlightedType();

    private static FieldType highlightedType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Replaces the whole index with these entries; entries in other languages than en and zh-CN are ignored. */
    public void replace(Collection<SearchEntry> entries) {
        Map<String, List<SearchEntry>> byLanguage = new HashMap<>();
        for (SearchEntry entry : entries) {
            if (analyzers.containsKey(entry.language())) {
                byLanguage.computeIfAbsent(entry.language(), language -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, LanguageIndex> built = new HashMap<>();
        for (Map.Entry<String, List<SearchEntry>> language : byLanguage.entrySet()) {
            built.put(language.getKey(), build(analyzers.get(language.getKey()), language.getValue()));
        }
        indexes = Map.copyOf(built);
    }

    public int size(String language) {
        LanguageIndex index = indexes.get(language);
        return index == null ? 0 : index.entries().size();
    }

    private static LanguageIndex build(Analyzer analyzer, List<SearchEntry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < entries.size(); i++) {
                SearchEntry entry = entries.get(i);
                Document document = new Document();
                document.add(new StoredField("position", i));
                document.add(new StringField("kind", entry.kind().name(), Field.Store.NO));
                document.add(new Field(TITLE, entry.title(), HIGHLIGHTED));
                document.add(new Field(TEXT, entry.text(), HIGHLIGHTED));
                writer.addDocument(document);
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            int[] positions = new int[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < positions.length; doc++) {
                positions[doc] = searcher.storedFields().document(doc).getField("position").numericValue().intValue();
            }
            List<SearchEntry> kept = List.copyOf(entries);
            return new LanguageIndex(searcher, kept, positions, highlighter(searcher, analyzer, kept, positions),
                    Typos.of(searcher.getIndexReader(), List.of(TITLE, TEXT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Highlights from the offsets in the postings: the whole title, and up to two passages of about
     * {@link #SNIPPET_CHARS} characters of the text (its beginning when only the title matched), between the text's
     * sentence boundaries, found once per text when the index is built ({@link SentenceBoundaries}).
     */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer, List<SearchEntry> entries,
                                                 int[] positions) {
        Map<String, int[]> sentences = new IdentityHashMap<>();
        entries.forEach(entry -> sentences.put(entry.text(), SentenceBoundaries.of(entry.text())));
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter()).withMaxLength(MAX_HIGHLIGHTED_CHARS).withMaxNoHighlightPassages(1)
                .withWeightMatches(false);
        return new UnifiedHighlighter(builder) {
            /** The texts are at hand in memory: no stored field is read (or decompressed) to highlight them. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    SearchEntry entry = entries.get(positions[doc]);
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        row[i] = TITLE.equals(fields[i]) ? entry.title() : entry.text();
                    }
                    values.add(row);
                }
                return values;
            }

            /** Phrases are marked by {@link PostingsOffsets}, from the postings, instead of through span queries. */
            @Override
            protected PhraseHelper getPhraseHelper(String field, Query query, Set<HighlightFlag> highlightFlags) {
                return PhraseHelper.NONE;
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
                return offsetSource == OffsetSource.POSTINGS ? PostingsOffsets.of(components)
                        : super.getOffsetStrategy(offsetSource, components);
            }

            @Override
            protected PassageScorer getScorer(String field) {
                return PASSAGE_SCORER;
            }

            @Override
            protected BreakIterator getBreakIterator(String field) {
                return TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(new SentenceBoundaries(sentences),
                        SNIPPET_CHARS, 0.3f);
            }
        };
    }

    private static final PassageScorer PASSAGE_SCORER = new PassageScores();

    /**
     * Lucene's passage score (BM25 over the passage's matches, the default parameters), its sums taken in the same
     * order, with the passage's distinct words found by comparing them instead of through a {@code BytesRefHash}, which
     * allocates a 32 KB block for every passage scored (a quarter of an English query's CPU in a profile).
     */
    static final class PassageScores extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDocument = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] freqInDocument = new int[matches];
            int count = 0;
            for (int i = 0; i < matches; i++) {
                int word = 0;
                while (word < count && !distinct[word].bytesEquals(terms[i])) {
                    word++;
                }
                if (word == count) {
                    distinct[count] = terms[i];
                    freqInDocument[count] = inDocument[i];
                    count++;
                }
                inPassage[word]++;
            }
            double score = 0;
            for (int word = 0; word < count; word++) {
                score += tf(inPassage[word], passage.getLength()) * weight(contentLength, freqInDocument[word]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /**
     * Marks the matches of each passage with {@code <mark>}, escaping everything else; matches that touch or
     * overlap (the bigrams of a Chinese phrase) become one mark; passages are joined with an ellipsis.
     */
    static final class MarkFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder html = new StringBuilder();
            for (Passage passage : passages) {
                if (!html.isEmpty()) {
                    html.append(" … ");
                }
                int position = passage.getStartOffset();
                int match = 0;
                while (match < passage.getNumMatches()) {
                    int start = Math.max(passage.getMatchStarts()[match], position);
                    int end = passage.getMatchEnds()[match];
                    while (match + 1 < passage.getNumMatches() && passage.getMatchStarts()[match + 1] <= end) {
                        match++;
                        end = Math.max(end, passage.getMatchEnds()[match]);
                    }
                    match++;
                    if (end <= position) {
                        continue;
                    }
                    HtmlEscape.append(html, content, position, start).append("<mark>");
                    HtmlEscape.append(html, content, start, end).append("</mark>");
                    position = end;
                }
                HtmlEscape.append(html, content, position, Math.max(position, passage.getEndOffset()));
            }
            return html.toString();
        }
    }

    /**
     * Searches both languages; a blank query answers no results. Hits in {@code pageLanguage} come first, then
     * the other language's hits for entries the page language did not find (the same clause or answer is listed
     * once); {@code total} counts the distinct entries found.
     */
    public SearchResults search(String rawQuery, String pageLanguage, int maxHits) {
        String query = rawQuery == null ? "" : rawQuery.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        if (query.isEmpty() || !analyzers.containsKey(pageLanguage)) {
            return SearchResults.empty(query);
        }
        String folded = ChineseFolding.toSimplified(query);
        String otherLanguage = ENGLISH.equals(pageLanguage) ? CHINESE : ENGLISH;
        try {
            List<Found> found = find(folded, pageLanguage, otherLanguage, false);
            if (found.isEmpty()) {
                found = find(folded, pageLanguage, otherLanguage, true);
            }
            List<Found> shown = found.subList(0, Math.min(Math.max(1, maxHits), found.size()));
            Map<Found, String[]> highlights = highlight(shown);
            List<SearchHit> hits = new ArrayList<>();
            for (Found hit : shown) {
                boolean inPageLanguage = hit.language().equals(pageLanguage);
                String[] marked = highlights.get(hit);
                hits.add(new SearchHit(hit.entry().kind(), hit.language(), inPageLanguage,
                        marked[0] == null ? HtmlEscape.escape(hit.entry().title()) : marked[0], hit.entry().context(),
                        marked[1] == null ? start(hit.entry().text()) : marked[1],
                        inPageLanguage ? hit.entry().url() : inLanguage(hit.entry().url(), hit.language())));
            }
            return new SearchResults(query, found.size(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Found(SearchEntry entry, String language, Query query, int doc) {
    }

    /**
     * The entries matching in the page's language, then the other language's entries not found already. English
     * words match exactly, or with {@code forgiving} also within their typo allowance (asked only when nothing
     * matched exactly, so that a word found as typed never brings its near neighbours along).
     */
    private List<Found> find(String query, String pageLanguage, String otherLanguage, boolean forgiving)
            throws IOException {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String language : List.of(pageLanguage, otherLanguage)) {
            LanguageIndex index = indexes.get(language);
            if (index == null || forgiving && CHINESE.equals(language)) {
                continue; // Chinese has no typo allowance: asked again, it would find nothing again
            }
            Query parsed = parse(query, language, analyzers.get(language), index.typos(), forgiving);
            if (parsed == null) {
                continue;
            }
            for (ScoreDoc scoreDoc : index.searcher().search(parsed, Math.max(1, index.entries().size())).scoreDocs) {
                SearchEntry entry = index.entries().get(index.positions()[scoreDoc.doc]);
                if (seen.add(entry.url())) {
                    found.add(new Found(entry, language, parsed, scoreDoc.doc));
                }
            }
        }
        return found;
    }

    /** Title and snippet of each shown hit, highlighted per language index in one pass. */
    private Map<Found, String[]> highlight(List<Found> shown) throws IOException {
        Map<Found, String[]> marked = new IdentityHashMap<>();
        Map<String, List<Found>> byLanguage = new HashMap<>();
        shown.forEach(hit -> byLanguage.computeIfAbsent(hit.language(), language -> new ArrayList<>()).add(hit));
        for (Map.Entry<String, List<Found>> language : byLanguage.entrySet()) {
            List<Found> hits = language.getValue();
            int[] docs = hits.stream().mapToInt(Found::doc).toArray();
            Map<String, String[]> fields = indexes.get(language.getKey()).highlighter()
                    .highlightFields(new String[] {TITLE, TEXT}, hits.get(0).query(), docs, new int[] {1, 2});
            for (int i = 0; i < hits.size(); i++) {
                marked.put(hits.get(i), new String[] {fields.get(TITLE)[i], fields.get(TEXT)[i]});
            }
        }
        return marked;
    }

    private static String start(String text) {
        return HtmlEscape.escape(text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text);
    }

    /** {@code /sla/x#clause-2} in English: {@code /sla/x?lang=en#clause-2}. */
    private static String inLanguage(String url, String language) {
        int fragment = url.indexOf('#');
        String path = fragment < 0 ? url : url.substring(0, fragment);
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language + (fragment < 0 ? "" : url.substring(fragment));
    }

    /**
     * Every whitespace-separated part of the query must match, in the title (boosted) or the text. An English
     * part must contain all its (stemmed) words, each exactly or within its typo allowance; a Chinese part must
     * occur as written (a phrase of bigrams). The user's text is never parsed as query syntax.
     */
    private static Query parse(String query, String language, Analyzer analyzer, Typos typos, boolean forgiving) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int parts = 0;
        for (String part : query.split("\\s+")) {
            Query title;
            Query text;
            if (CHINESE.equals(language)) {
                title = builder.createPhraseQuery(TITLE, part);
                text = builder.createPhraseQuery(TEXT, part);
            } else {
                List<String> words = terms(analyzer, TEXT, part);
                List<List<Typos.Variant>> variants = new ArrayList<>();
                for (String word : words) {
                    int edits = forgiving ? Typos.allowedEdits(word) : 0;
                    variants.add(edits == 0 ? null : typos.variants(word, edits));
                }
                title = wordsQuery(TITLE, words, variants, typos);
                text = wordsQuery(TEXT, words, variants, typos);
            }
            if (title == null || text == null) {
                continue;
            }
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(title, 2.0f), BooleanClause.Occur.SHOULD)
                    .add(text, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST);
            parts++;
        }
        return parts == 0 ? null : all.build();
    }

    /**
     * Every word in the field: exactly, or where it has {@code variants} (its typo allowance, {@link Typos}) also as
     * one of them, scored as Lucene's FuzzyQuery scores its expansion (one blended term, each variant with its
     * boost), the exact word boosted above them.
     */
    private static Query wordsQuery(String field, List<String> words, List<List<Typos.Variant>> variants, Typos typos) {
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Query exact = new TermQuery(new Term(field, words.get(i)));
            if (variants.get(i) == null) {
                every.add(exact, BooleanClause.Occur.MUST);
                continue;
            }
            every.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(exact, 3.0f), BooleanClause.Occur.SHOULD)
                    .add(typoQuery(field, variants.get(i), typos.field(field)), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.MUST);
        }
        return every.build();
    }

    private static Query typoQuery(String field, List<Typos.Variant> variants, int fieldBit) {
        BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder()
                .setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        int added = 0;
        for (Typos.Variant variant : variants) {
            if (variant.in(fieldBit)) {
                blended.add(new Term(field, variant.word()), variant.boost());
                added++;
            }
        }
        return added == 0 ? new MatchNoDocsQuery() : blended.build();
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
