package cn.slaportal.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * An in-memory Lucene index of the published texts, one index per language. Chinese text is indexed as
 * overlapping character bigrams (CJKAnalyzer), so that any run of two or more Chinese characters matches
 * wherever it occurs without relying on a word dictionary; a Chinese query must match as a phrase, and
 * Traditional characters in it are folded to Simplified first ({@link ChineseFolding}). English uses stemming
 * (EnglishAnalyzer) and tolerates a typo per word (one edit from five letters, two from eight).
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
    private static final Encoder HTML_ENCODER = HtmlUtils::htmlEscape;

    private final Map<String, Analyzer> analyzers = Map.of(ENGLISH, new EnglishAnalyzer(), CHINESE, new CJKAnalyzer());
    private volatile Map<String, LanguageIndex> indexes = Map.of();

    private record LanguageIndex(IndexSearcher searcher, List<SearchEntry> entries) {
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
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < entries.size(); i++) {
                SearchEntry entry = entries.get(i);
                Document document = new Document();
                document.add(new StoredField("position", i));
                document.add(new StringField("kind", entry.kind().name(), Field.Store.NO));
                document.add(new TextField(TITLE, entry.title(), Field.Store.NO));
                document.add(new TextField(TEXT, entry.text(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new LanguageIndex(new IndexSearcher(DirectoryReader.open(directory)), List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            List<Found> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String language : List.of(pageLanguage, otherLanguage)) {
                LanguageIndex index = indexes.get(language);
                Query parsed = index == null ? null : parse(folded, language, analyzers.get(language));
                if (parsed == null) {
                    continue;
                }
                for (ScoreDoc scoreDoc : index.searcher().search(parsed, Math.max(1, index.entries().size())).scoreDocs) {
                    int position = index.searcher().storedFields().document(scoreDoc.doc).getField("position")
                            .numericValue().intValue();
                    SearchEntry entry = index.entries().get(position);
                    if (seen.add(entry.url())) {
                        found.add(new Found(entry, language, parsed));
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            for (Found hit : found.subList(0, Math.min(Math.max(1, maxHits), found.size()))) {
                Analyzer analyzer = analyzers.get(hit.language());
                boolean inPageLanguage = hit.language().equals(pageLanguage);
                hits.add(new SearchHit(hit.entry().kind(), hit.language(), inPageLanguage,
                        highlightTitle(hit.query(), analyzer, hit.entry().title()), hit.entry().context(),
                        snippet(hit.query(), analyzer, hit.entry().text()),
                        inPageLanguage ? hit.entry().url() : inLanguage(hit.entry().url(), hit.language())));
            }
            return new SearchResults(query, found.size(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Found(SearchEntry entry, String language, Query query) {
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
    private static Query parse(String query, String language, Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int parts = 0;
        for (String part : query.split("\\s+")) {
            Query title = partQuery(builder, analyzer, language, TITLE, part);
            Query text = partQuery(builder, analyzer, language, TEXT, part);
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

    private static Query partQuery(QueryBuilder builder, Analyzer analyzer, String language, String field, String part) {
        if (CHINESE.equals(language)) {
            return builder.createPhraseQuery(field, part);
        }
        List<String> words = terms(analyzer, field, part);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (String word : words) {
            Term term = new Term(field, word);
            int edits = word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
            Query exact = new TermQuery(term);
            every.add(edits == 0 ? exact : new BooleanQuery.Builder()
                    .add(new BoostQuery(exact, 3.0f), BooleanClause.Occur.SHOULD)
                    .add(new FuzzyQuery(term, edits, 1, 20, true), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.MUST);
        }
        return every.build();
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

    private static String highlightTitle(Query query, Analyzer analyzer, String title) {
        Highlighter highlighter = highlighter(query, TITLE);
        highlighter.setTextFragmenter(new NullFragmenter());
        String marked = best(highlighter, analyzer, TITLE, title);
        return marked == null ? HtmlUtils.htmlEscape(title) : marked;
    }

    private static String snippet(Query query, Analyzer analyzer, String text) {
        QueryScorer scorer = new QueryScorer(query, TEXT);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML_ENCODER, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        String marked = best(highlighter, analyzer, TEXT, text);
        if (marked != null) {
            return marked;
        }
        String start = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text;
        return HtmlUtils.htmlEscape(start);
    }

    private static Highlighter highlighter(Query query, String field) {
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML_ENCODER,
                new QueryScorer(query, field));
    }

    private static String best(Highlighter highlighter, Analyzer analyzer, String field, String text) {
        try {
            String[] fragments = highlighter.getBestFragments(analyzer, field, text, 2);
            if (fragments.length == 0) {
                return null;
            }
            return String.join(" … ", fragments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
