package cn.slaportal.web.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The JDK's sentence boundaries ({@link BreakIterator#getSentenceInstance(Locale) getSentenceInstance(Locale.ROOT)}),
 * found once per text and then answered by binary search. The highlighter asks for the boundaries around every
 * occurrence of every matched word, and the JDK's rule-based iterator walks the text character by character each
 * time: for common words in long SLA texts that was most of a query's CPU. The boundaries are the same, so are the
 * passages (where the JDK's iterator answers a backward question with a boundary its own forward walk does not have, as
 * for a line that starts with "- " after a line break, the forward walk counts). Texts known in advance (the indexed
 * ones) come with their boundaries; any other text is scanned when set.
 */
final class SentenceBoundaries extends BreakIterator {

    private final Map<String, int[]> known;
    private String text = "";
    private int[] boundaries = {0};
    private int position;

    /** @param known boundaries of the indexed texts, by identity of the text (see {@link #of}) */
    SentenceBoundaries(Map<String, int[]> known) {
        this.known = known;
    }

    /** The sentence boundaries of a text, 0 and its length included. */
    static int[] of(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int[] found = new int[16];
        int count = 0;
        for (int boundary = sentences.first(); boundary != DONE; boundary = sentences.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = boundary;
        }
        return Arrays.copyOf(found, count);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        int[] given = known.get(newText);
        boundaries = given != null ? given : of(newText);
        position = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        position = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        position = boundaries.length - 1;
        return boundaries[position];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (position >= boundaries.length - 1) {
            return DONE;
        }
        return boundaries[++position];
    }

    @Override
    public int previous() {
        if (position <= 0) {
            return DONE;
        }
        return boundaries[--position];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int next = index >= 0 ? index + 1 : -index - 1;
        if (next >= boundaries.length) {
            position = boundaries.length - 1;
            return DONE;
        }
        position = next;
        return boundaries[next];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int before = index >= 0 ? index - 1 : -index - 2;
        if (before < 0) {
            position = 0;
            return DONE;
        }
        position = before;
        return boundaries[before];
    }

    @Override
    public int current() {
        return boundaries[position];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }
}
