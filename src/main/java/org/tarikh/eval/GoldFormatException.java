package org.tarikh.eval;

import java.nio.file.Path;

/** A gold file that does not follow docs/annotation-guidelines.md; the message names file and line. */
public class GoldFormatException extends RuntimeException {

    public GoldFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public GoldFormatException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    }
}
