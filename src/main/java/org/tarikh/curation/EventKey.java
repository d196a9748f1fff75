package org.tarikh.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.tarikh.chronology.SourceEvent;

/**
 * A stable identity for a per-article event: {@code articleId#hash@begin}, the hash being the
 * first 12 hex digits of the SHA-256 of the event's text. Event sequence numbers and entry
 * positions change when an article is re-annotated or the merge method changes; the article,
 * the words of the event and where they stand do not, so a curation keyed this way survives
 * re-runs. An event whose text changed is a different event: its curations no longer apply
 * and {@code curate list} says so.
 */
public final class EventKey {

    private EventKey() {
    }

    public static String of(SourceEvent e) {
        return e.articleId() + "#" + hash(e.text()) + "@" + e.begin();
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text is a key ({@code …#hash@begin}) rather than a reference {@code articleId#seq}. */
    public static boolean isKey(String s) {
        return s != null && s.matches(".*#[0-9a-f]{12}@\\d+");
    }
}
