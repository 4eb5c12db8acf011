package cn.slaportal.content.structure;

/**
 * The shape of one structural block of a section, what must be equal in both languages: its kind and, for a table
 * its rows and columns, for a list its items. {@link #toString()} is the English description the content build
 * prints ("table of 3 rows × 2 columns", "numbered list of 5 items").
 */
public record Block(Kind kind, int rows, int columns, int items) {

    /** The kinds of block the checks tell apart. */
    public enum Kind { PARAGRAPH, TABLE, NUMBERED_LIST, BULLETED_LIST, CODE_BLOCK, HTML_BLOCK }

    static final Block PARAGRAPH = new Block(Kind.PARAGRAPH, 0, 0, 0);
    static final Block CODE = new Block(Kind.CODE_BLOCK, 0, 0, 0);
    static final Block HTML = new Block(Kind.HTML_BLOCK, 0, 0, 0);

    static Block table(int rows, int columns) {
        return new Block(Kind.TABLE, rows, columns, 0);
    }

    static Block numberedList(int items) {
        return new Block(Kind.NUMBERED_LIST, 0, 0, items);
    }

    static Block bulletedList(int items) {
        return new Block(Kind.BULLETED_LIST, 0, 0, items);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PARAGRAPH -> "paragraph";
            case TABLE -> "table of " + rows + " rows × " + columns + " columns";
            case NUMBERED_LIST -> "numbered list of " + items + (items == 1 ? " item" : " items");
            case BULLETED_LIST -> "bulleted list of " + items + (items == 1 ? " item" : " items");
            case CODE_BLOCK -> "code block";
            case HTML_BLOCK -> "HTML block";
        };
    }
}
