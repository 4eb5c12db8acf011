package cn.slaportal.web.search;

import java.util.List;

/** The outcome of one query: how many entries matched in total and the best of them, ranked. */
public record SearchResults(String query, long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults empty(String query) {
        return new SearchResults(query, 0, List.of());
    }
}
