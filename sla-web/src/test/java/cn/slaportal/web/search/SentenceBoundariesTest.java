package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The precomputed boundaries are the JDK sentence iterator's forward walk, and answer every question as it does
 * (backwards, the JDK's iterator can report a boundary its forward walk does not have — a line that starts with
 * "- " after a line break —; there the forward walk counts).
 */
class SentenceBoundariesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "One sentence without an end",
            "Monthly Uptime Percentage is 99.9%. Service Credit applies! Does it? Yes.\n\nA new paragraph.  ",
            "服务级别协议适用于服务总线。每月正常运行时间百分比低于 99.9% 时，客户有权获得服务积分！是吗？是的。",
            "Mixed 中文 and English. 第二句。Third sentence. And a fourth one.",
    })
    void answersAsTheJdksSentenceIterator(String text) {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(text);
        SentenceBoundaries known = new SentenceBoundaries(Map.of(text, SentenceBoundaries.of(text)));
        known.setText(text);
        SentenceBoundaries scanned = new SentenceBoundaries(Map.of());
        scanned.setText(text);

        for (SentenceBoundaries ours : List.of(known, scanned)) {
            assertThat(walk(ours, true)).isEqualTo(walk(jdk, true));
            assertThat(walk(ours, false)).isEqualTo(walk(jdk, false));
            for (int offset = 0; offset <= text.length(); offset++) {
                assertThat(ours.following(offset)).as("following(%d)", offset).isEqualTo(jdk.following(offset));
                assertThat(ours.current()).as("current after following(%d)", offset).isEqualTo(jdk.current());
                assertThat(ours.preceding(offset)).as("preceding(%d)", offset).isEqualTo(jdk.preceding(offset));
                assertThat(ours.current()).as("current after preceding(%d)", offset).isEqualTo(jdk.current());
                assertThat(ours.isBoundary(offset)).as("isBoundary(%d)", offset).isEqualTo(jdk.isBoundary(offset));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mixed 中文 and English. 第二句。Third sentence.\n- a list item\n- another one",
            "## 1. 定义\n\n- **停机时间**：无法访问。\n- **服务积分**：赔偿。\n\n第二段。",
    })
    void answersFromTheJdksForwardWalkWhereItsBackwardAnswersDiffer(String text) {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(text);
        List<Integer> forward = walk(jdk, true);
        SentenceBoundaries ours = new SentenceBoundaries(Map.of());
        ours.setText(text);

        assertThat(walk(ours, true)).isEqualTo(forward);
        List<Integer> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        assertThat(walk(ours, false)).isEqualTo(backward);
        for (int offset = 0; offset <= text.length(); offset++) {
            int at = offset;
            int following = forward.stream().filter(boundary -> boundary > at).findFirst().orElse(BreakIterator.DONE);
            int preceding = forward.stream().filter(boundary -> boundary < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
            assertThat(ours.following(offset)).as("following(%d)", offset).isEqualTo(following);
            assertThat(ours.preceding(offset)).as("preceding(%d)", offset).isEqualTo(preceding);
        }
    }

    private static List<Integer> walk(BreakIterator iterator, boolean forward) {
        List<Integer> seen = new ArrayList<>();
        for (int boundary = forward ? iterator.first() : iterator.last(); boundary != BreakIterator.DONE;
             boundary = forward ? iterator.next() : iterator.previous()) {
            seen.add(boundary);
        }
        return seen;
    }
}
