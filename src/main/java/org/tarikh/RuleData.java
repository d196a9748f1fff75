package org.tarikh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule data lives apart from code, in UTF-8 resource files beside the classes that use them:
 * one entry a line, {@code #} starts a comment line, blank lines are ignored. Every stage reads
 * its lists through this one reader.
 */
public final class RuleData {

    private RuleData() {
    }

    /** The non-comment, non-blank lines (stripped) of resource {@code name}, resolved against {@code owner}'s package. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule data " + name + " beside " + owner.getName());
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
