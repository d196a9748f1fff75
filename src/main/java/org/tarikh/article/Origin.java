package org.tarikh.article;

/**
 * Where a record came from: the input file and, for JSON Lines, the 1-based line number
 * (0 when the record is the whole file).
 */
public record Origin(String file, long line) {

    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return location();
    }
}
