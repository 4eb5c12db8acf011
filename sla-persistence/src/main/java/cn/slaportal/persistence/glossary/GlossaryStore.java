package cn.slaportal.persistence.glossary;

import cn.slaportal.persistence.support.ImportOutcome;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class GlossaryStore {

    private final GlossaryTermRepository terms;

    GlossaryStore(GlossaryTermRepository terms) {
        this.terms = terms;
    }

    public List<GlossaryTerm> terms() {
        return terms.findAllByOrderByPositionAsc().stream().map(GlossaryTermEntity::toRecord).toList();
    }

    @Transactional
    public ImportOutcome importTerm(GlossaryTerm term) {
        Optional<GlossaryTermEntity> stored = terms.findByTermEn(term.en());
        if (stored.isEmpty()) {
            terms.save(new GlossaryTermEntity(term));
            return ImportOutcome.ADDED;
        }
        if (stored.get().sameAs(term)) {
            return ImportOutcome.UNCHANGED;
        }
        stored.get().update(term);
        return ImportOutcome.REVISED;
    }
}
