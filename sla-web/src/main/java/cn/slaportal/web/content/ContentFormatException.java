package cn.slaportal.web.content;

/** A content file the importer cannot accept; start-up stops rather than publishing half a document. */
class ContentFormatException extends IllegalStateException {

    ContentFormatException(String source, String problem) {
        super("content file " + source + ": " + problem);
    }
}
