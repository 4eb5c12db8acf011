package cn.slaportal.web.version;

import java.util.List;

/** The clause-by-clause differences between two versions of a document, in one language. */
public record VersionDiff(List<ClauseDiff> clauses) {

    public VersionDiff {
        clauses = List.copyOf(clauses);
    }

    public long count(ClauseChange change) {
        return clauses.stream().filter(clause -> clause.change() == change).count();
    }

    public long added() {
        return count(ClauseChange.ADDED);
    }

    public long removed() {
        return count(ClauseChange.REMOVED);
    }

    public long changed() {
        return count(ClauseChange.CHANGED);
    }

    public long unchanged() {
        return count(ClauseChange.UNCHANGED);
    }
}
