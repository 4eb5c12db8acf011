package cn.slaportal.persistence.support;

import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Declared JPQL queries ({@code @Query}) get Spring Data's string-based query enhancer instead of its HQL parser;
 * native queries keep the default choice.
 * <p>
 * Spring Data parses every declared query with its own ANTLR grammar when the repository is created, only to learn
 * the alias and projection it needs to add a sort or derive a count query; Hibernate then parses the same query again
 * to validate it (and keeps that interpretation for the first execution). The first ANTLR parses of a process are
 * slow: Spring Data's parse of the eleven declared JPQL queries was about 12 % of the portal's main-thread start-up
 * (JFR). None of these queries needs what only the parser gives: none takes a {@code Sort}, none returns a
 * {@code Page} (so no count query is derived), none returns a DTO projection to be rewritten into a constructor
 * expression; a {@code Pageable} on the two delivery queries only limits the rows. The string-based enhancer (Spring
 * Data's {@code QueryUtils}, its only one before the parser came) handles queries of this shape. Hibernate's
 * validation at start-up stays, so a malformed query still stops the start. A new query that needs a dynamic sort, a
 * derived count or a DTO rewrite should be checked against this choice.
 */
public class SimpleJpqlQueryEnhancerSelector implements QueryEnhancerSelector {

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        return query.isNative() ? DEFAULT_SELECTOR.select(query) : QueryEnhancerFactories.fallback();
    }
}
