package cn.slaportal.web.availability;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes text through line by line, holding at most one line of {@code maximumLength} characters: a longer line
 * is never kept; it is read to its end and replaced by the line {@link #TOO_LONG}, so that a CSV parser downstream
 * sees a short record in its place (and counts the same line numbers). Lines end at {@code \n} or {@code \r}.
 */
final class BoundedLineReader extends Reader {

    /** What an over-long line becomes; U+FFFF is a noncharacter, so no real line reads like this. */
    static final String TOO_LONG = "\uFFFFline-too-long";

    private final Reader in;
    private final int maximumLength;
    private final char[] line;
    private final char[] chunk = new char[1 << 14];
    private int chunkPosition;
    private int chunkLength;
    private int lineLength;
    private int linePosition;
    private boolean endOfInput;

    BoundedLineReader(Reader in, int maximumLength) {
        this.in = in;
        this.maximumLength = maximumLength;
        this.line = new char[Math.max(maximumLength + 1, TOO_LONG.length() + 1)];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (linePosition == lineLength && !nextLine()) {
            return -1;
        }
        int n = Math.min(count, lineLength - linePosition);
        System.arraycopy(line, linePosition, buffer, offset, n);
        linePosition += n;
        return n;
    }

    /** Fills {@link #line} with the next line and its terminator (or the replacement); false at the end. */
    private boolean nextLine() throws IOException {
        lineLength = 0;
        linePosition = 0;
        int content = 0;
        while (true) {
            int c = next();
            if (c < 0) {
                return lineLength > 0;
            }
            if (c == '\n' || c == '\r') {
                line[lineLength++] = (char) c;
                return true;
            }
            if (content == maximumLength) {
                return skipRestOfLine();
            }
            line[lineLength++] = (char) c;
            content++;
        }
    }

    private boolean skipRestOfLine() throws IOException {
        TOO_LONG.getChars(0, TOO_LONG.length(), line, 0);
        lineLength = TOO_LONG.length();
        int c;
        do {
            c = next();
        } while (c >= 0 && c != '\n' && c != '\r');
        line[lineLength++] = c < 0 ? '\n' : (char) c;
        return true;
    }

    private int next() throws IOException {
        if (chunkPosition == chunkLength) {
            if (endOfInput) {
                return -1;
            }
            chunkLength = in.read(chunk, 0, chunk.length);
            chunkPosition = 0;
            if (chunkLength <= 0) {
                chunkLength = 0;
                endOfInput = true;
                return -1;
            }
        }
        return chunk[chunkPosition++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
