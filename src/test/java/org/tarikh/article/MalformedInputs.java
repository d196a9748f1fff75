package org.tarikh.article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A seeded generator of malformed article lines (mutations of a valid one) for the
 * robustness tests: truncations, stray and invalid bytes, wrong types, missing or absurd
 * fields, non-objects, nesting bombs, empty texts, far-future dates, duplicate ids.
 */
public final class MalformedInputs {

    private final Random random;
    private int serial;

    public MalformedInputs(long seed) {
        this.random = new Random(seed);
    }

    public static String valid(String id, String published, String text) {
        return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"title\":\"عنوان\",\"text\":\"" + text + "\"}";
    }

    /** One line's bytes, without its newline (a mutation may still contain '\n' or '\r'). */
    public byte[] next() {
        serial++;
        String id = "m-" + serial;
        String good = valid(id, "2021-04-07", "وقال الوزير أمس إن الاجتماع عقد يوم الأربعاء.");
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(16)) {
            case 0 -> { // truncated
                return java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 2));
            }
            case 1 -> { // random bytes overwritten: invalid UTF-8, broken syntax, or (rarely) harmless
                byte[] b = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> { // a lone UTF-8 continuation byte or an overlong encoding
                return concat(bytes, 10, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF});
            }
            case 3 -> {
                return utf8(good.replace("2021-04-07", pick("tomorrow", "2021-13-45", "07/04/2021", "٢٠٢١-٠٤-٠٧",
                        "", " ", "2021-04-07T25:00", "yesterday-ish")));
            }
            case 4 -> {
                return utf8("{\"id\":\"" + id + "\",\"text\":\"نص بلا تاريخ\"}");
            }
            case 5 -> {
                return utf8(valid(id, "2021-04-07", pick("", "   ", "\\t\\n", "\\r\\n  ")));
            }
            case 6 -> {
                return utf8(pick("[]", "[1,2,3]", "42", "\"نص\"", "null", "true", "[" + good + "]"));
            }
            case 7 -> { // nesting bomb
                int depth = 1000 + random.nextInt(20000);
                return utf8(random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case 8 -> {
                return utf8("{\"id\":{\"x\":1},\"published\":20210407,\"text\":12345}");
            }
            case 9 -> { // far future
                return utf8(valid(id, pick("2999-01-01", "2100-06-30T10:00:00+03:00"), "خبر من المستقبل."));
            }
            case 10 -> { // garbage bytes
                byte[] b = new byte[1 + random.nextInt(200)];
                random.nextBytes(b);
                for (int i = 0; i < b.length; i++) {
                    if (b[i] == '\n') {
                        b[i] = ' ';
                    }
                }
                return b;
            }
            case 11 -> { // duplicate id, different content
                return utf8(valid("dup-1", "2021-04-07", "نص مختلف رقم " + serial + "."));
            }
            case 12 -> { // syntax errors
                return utf8(good.replace("\":\"", pick("\":", "\"=\"", "\" \"")).replace("}", pick("", ",}", "}}")));
            }
            case 13 -> { // a stray NUL inside a line
                return concat(bytes, 5, new byte[] {0}, new byte[0]);
            }
            case 14 -> { // huge number and control characters
                return utf8("{\"id\":\"" + id + "\",\"published\":" + "9".repeat(5000) + ",\"text\":\"\u0001\u0002\"}");
            }
            default -> { // a valid article with odd but legal content: must be processed
                return utf8(valid(id, "2021-04-07", pick("١٢٣٤٥٦٧٨٩٠ ", "‏‎", "'; DROP TABLE article; --",
                        "\\u0000 شيء", "في ٧ نيسان ٢٠٢١")));
            }
        }
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] base, int at, byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(base, 0, at);
        out.writeBytes(a);
        out.writeBytes(b);
        out.write(base, at, base.length - at);
        return out.toByteArray();
    }
}
