package org.tarikh.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.tarikh.article.ArticleSource;

/**
 * What a restart position is valid for: the files the inputs expand to (in reading order) with
 * their sizes and modification times, and the number of partitions ({@code threads}). A
 * position ("skip the first 600 records of partition 1 of 2") means nothing for another set:
 * new files shift the records, another thread count other partitions.
 */
public final class InputSet {

    private InputSet() {
    }

    /** A SHA-256 over the listing (path, size, modification time per file) and the thread count. */
    public static String fingerprint(List<Path> inputs, int threads) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("threads=" + threads + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : ArticleSource.listFiles(inputs)) {
                String line;
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    line = file + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
                } catch (IOException | RuntimeException e) {
                    line = file + "\tunreadable"; // rejected when read; still part of the set
                }
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
