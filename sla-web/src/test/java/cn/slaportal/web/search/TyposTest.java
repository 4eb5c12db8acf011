package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which misspellings still find their word: the typo allowance as a table over the published content (the words are
 * the index's, stemmed), and the variants of every kind of word compared with what Lucene's FuzzyQuery expands to.
 */
class TyposTest {

    private static final SearchIndex INDEX = new SearchIndex();
    private static DirectoryReader english;
    private static Typos typos;

    @BeforeAll
    static void indexThePublishedContent() throws IOException {
        List<SearchEntry> entries = ClasspathContent.entries();
        INDEX.replace(entries);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            for (SearchEntry entry : entries) {
                if (entry.language().equals("en")) {
                    Document document = new Document();
                    document.add(new Field("title", entry.title(), TextField.TYPE_NOT_STORED));
                    document.add(new Field("text", entry.text(), TextField.TYPE_NOT_STORED));
                    writer.addDocument(document);
                }
            }
        }
        english = DirectoryReader.open(directory);
        typos = Typos.of(english, List.of("title", "text"));
    }

    @AfterAll
    static void close() throws IOException {
        english.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            // typed        | a word marked in the first hit | (the typed word stemmed, the indexed stem)
            "downtime       | downtime",       // downtim: as written, no allowance needed
            "downtme        | downtime",       // downtm, downtim: a letter left out (six letters: one edit)
            "credti         | credit",         // two neighbours swapped
            "cerdit         | credit",
            "crediit        | credit",         // a letter too many
            "cliam          | claim",          // five letters: one edit
            "servce         | service",        // servc, servic
            "agreemnet      | agreement",
            "percentge      | percentage",     // percentg, percentag
            "exclusons      | exclusions",     // excluson, exclus: from eight letters two edits
            "avialability   | availability",   // avial, avail: the stems a swap apart
            "subscripton    | subscription",   // subscripton, subscript: two edits
            "mainteance     | maintenance",    // mainteanc, mainten: two edits
            "garantee       | guaranteed",     // garante, guarante
    })
    void aMisspeltWordFindsTheWordItMeant(String typed, String meant) {
        SearchResults results = INDEX.search(typed, "en", 10);

        assertThat(results.total()).as(typed).isGreaterThan(0);
        SearchHit first = results.hits().get(0);
        assertThat(first.titleHtml() + first.snippetHtml()).as(typed).containsIgnoringCase("<mark>" + meant + "</mark>");
    }

    @ParameterizedTest(name = "{0} finds nothing: {1}")
    @CsvSource(delimiter = '|', value = {
            "sredit        | the first letter must be right",
            "xredit        | the first letter must be right",
            "crdt          | no allowance below five letters",
            "uptme         | stemmed to four letters (uptm): no allowance",
            "dwntme        | three edits from downtim where six letters allow one",
            "subscriptoin  | three edits from subscript where twelve letters allow two",
            "avlbilty      | avlbilti is far from every indexed word",
            "availabilty   | stemmed to availabilti, six edits from avail (availability's stem): typos are matched on stems",
            "incdent       | stemmed to incdent, three edits from incid (incident's stem)",
            "xyzzyplugh    | nothing near it",
    })
    void aWordTooFarFromEveryIndexedWordFindsNothing(String typed, String why) {
        assertThat(INDEX.search(typed, "en", 10).total()).as(typed + ": " + why).isZero();
    }

    @ParameterizedTest(name = "{0}: {1} edits")
    @CsvSource({
            "a, 0", "four, 0", "uptm, 0", "downt, 1", "servic, 1", "downtim, 1", "maintain, 2", "availabl, 2",
            "服务积分, 0", "服务级别协议条款, 2",
    })
    void theAllowanceGrowsWithTheLengthOfTheWord(String word, int edits) {
        assertThat(Typos.allowedEdits(word)).isEqualTo(edits);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "credit, credit, 0", "credti, credit, 1", "crdit, credit, 1", "creddit, credit, 1", "cradit, credit, 1",
            "rcedit, credit, 1", "ctedir, credit, 2", "dwntme, downtim, 3", "abc, cab, 2", "ca, abc, 3",
    })
    void editsCountInsertionsDeletionsReplacementsAndSwaps(String a, String b, int edits) {
        assertThat(Typos.distance(a.codePoints().toArray(), b.codePoints().toArray(), 0, 3)).isEqualTo(edits);
        assertThat(Typos.distance(b.codePoints().toArray(), a.codePoints().toArray(), 0, 3)).isEqualTo(edits);
    }

    /**
     * For every third indexed word of five letters and more, the word itself and three misspellings of it (a letter left
     * out, two swapped, one replaced), in each field: the same variants, with the same boosts, as Lucene's fuzzy
     * terms enumeration (the edit-distance automata FuzzyQuery uses), nearest first as FuzzyQuery keeps them.
     */
    @Test
    void theVariantsAreFuzzyQuerysExpansion() throws IOException {
        int compared = 0;
        for (String field : List.of("title", "text")) {
            Terms terms = MultiTerms.getTerms(english, field);
            int fieldBit = typos.field(field);
            List<String> words = words(terms).stream().filter(word -> Typos.allowedEdits(word) > 0).toList();
            for (int w = 0; w < words.size(); w += 3) {
                String word = words.get(w);
                for (String typed : List.of(word, word.substring(0, word.length() - 1),
                        word.charAt(0) + word.substring(2, 3) + word.charAt(1) + word.substring(3),
                        word.substring(0, 3) + 'q' + word.substring(4))) {
                    int edits = Typos.allowedEdits(typed);
                    if (edits == 0) {
                        continue;
                    }
                    Map<String, Float> lucene = fuzzy(terms, field, typed, edits);
                    Map<String, Float> ours = new LinkedHashMap<>();
                    typos.variants(typed, edits).stream().filter(variant -> variant.in(fieldBit))
                            .forEach(variant -> ours.put(variant.word(), variant.boost()));
                    if (lucene.size() <= Typos.MAX_VARIANTS) {
                        assertThat(ours).as("%s in %s", typed, field).containsExactlyInAnyOrderEntriesOf(lucene);
                    } else {
                        assertThat(lucene).as("%s in %s", typed, field).containsAllEntriesOf(ours);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(900);
    }

    private static List<String> words(Terms terms) throws IOException {
        List<String> words = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            words.add(term.utf8ToString());
        }
        return words;
    }

    private static Map<String, Float> fuzzy(Terms terms, String field, String typed, int edits) throws IOException {
        FuzzyTermsEnum variants = new FuzzyTermsEnum(terms, new Term(field, typed), edits, 1, true);
        Map<String, Float> found = new LinkedHashMap<>();
        for (BytesRef term = variants.next(); term != null; term = variants.next()) {
            found.put(term.utf8ToString(), variants.getBoost());
        }
        return found;
    }
}
