package cn.slaportal.content;

import java.nio.file.Path;

/**
 * One problem found in the content folder: the file (relative to the content root) and what is wrong with it.
 */
record Finding(Path file, String problem) {

    Finding(String file, String problem) {
        this(Path.of(file), problem);
    }

    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ": " + problem;
    }
}
