package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter's passage score is Lucene's, to the bit, for passages with repeated and distinct words. */
class PassageScoresTest {

    private static final List<BytesRef> WORDS = List.of(new BytesRef("servic"), new BytesRef("credit"),
            new BytesRef("服务"), new BytesRef("务积"), new BytesRef("积分"), new BytesRef("downtim"));

    @Test
    void scoresAsLucenesPassageScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new SearchIndex.PassageScores();
        Random random = new Random(14);
        for (int round = 0; round < 5_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2_000);
            int matches = random.nextInt(12);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 22 * matches + 1 + random.nextInt(200));
            int offset = start;
            for (int i = 0; i < matches; i++) {
                offset += 1 + random.nextInt(10);
                BytesRef word = WORDS.get(random.nextInt(WORDS.size()));
                passage.addMatch(offset, offset + 2 + random.nextInt(8), word, 1 + random.nextInt(9));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(5_000);

            assertThat(ours.score(passage, contentLength)).as("round %d", round)
                    .isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
