package org.tarikh.annotate.accel;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link RuleFilter} derives from each HeidelTime rule's regex (its required literals, its
 * probe), kept in a file between processes: deriving it is the costliest part of building the
 * first engine, and it is the same every time for the same rules and the same code.
 * <p>
 * A file is valid for one key: HeidelTime's version, Tarikh's version, a hash of the deriving
 * code's class files (a rebuilt Tarikh with the same version number still derives afresh) and a
 * hash of the rules themselves (every rule's expanded regex and flags, as HeidelTime built them
 * from its rule resources). Each key has its own file in the cache directory, named by a hash of
 * the key ({@code rule-derivations-<hash>.bin}), so builds of different code on one machine (two
 * checkouts, a release beside a development build) do not overwrite each other's file; the
 * {@value #KEEP} most recently used files are kept and older ones deleted when a new one is
 * written. A file whose key does not match, that cannot be read, or whose checksum does not match
 * its content (damaged) is ignored: the rules are derived again and the file is written anew, by
 * a rename, so that a process never reads a half-written file.
 * The file holds each rule's regex with its derivation, and a rule whose regex is not in it
 * (which the rules' hash already excludes) is derived as if there were no file.
 */
final class RuleDerivations {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDerivations.class);

    /** System property: the directory of the files; {@value #OFF} for none (derive every time). */
    static final String DIRECTORY_PROPERTY = "tarikh.cache-dir";
    static final String OFF = "none";
    static final String FILE_PREFIX = "rule-derivations-";
    static final String FILE_SUFFIX = ".bin";
    /** The one file of builds before per-key files ({@code rule-derivations.bin}); pruning deletes it. */
    static final String LEGACY_FILE = "rule-derivations.bin";
    /** How many files (keys) the directory keeps: the most recently used. */
    static final int KEEP = 4;
    private static final String MAGIC = "tarikh rule derivations";
    /** The file's layout; part of the key. */
    private static final int FORMAT = 1;
    private static final int CHECKSUM_BYTES = 32;

    private final Path directory;

    /** @param directory the cache directory, or null for none */
    RuleDerivations(Path directory) {
        this.directory = directory;
    }

    /** The file that holds the derivations for {@code key}: its name carries a hash of the key. */
    Path fileFor(String key) {
        String hash = HexFormat.of().formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        return directory.resolve(FILE_PREFIX + hash + FILE_SUFFIX);
    }

    /**
     * Files in {@value #DIRECTORY_PROPERTY}, else in {@code $XDG_CACHE_HOME/tarikh}, else in
     * {@code ~/.cache/tarikh}; none if the property says {@value #OFF}.
     */
    static RuleDerivations standard() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (OFF.equals(dir)) {
            return new RuleDerivations(null);
        }
        if (dir == null || dir.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            return new RuleDerivations(base.resolve("tarikh"));
        }
        return new RuleDerivations(Path.of(dir));
    }

    /** What is derived from one rule's regex alone. */
    record Derived(List<Set<String>> required, String probe) {

        static Derived of(Pattern rule) {
            String regex = rule.pattern();
            // with flags (e.g. CASE_INSENSITIVE) literal containment would not be a necessary condition
            List<Set<String>> required = rule.flags() != 0 ? null : RegexLiterals.requiredLiterals(regex);
            return new Derived(required, RegexLiterals.withoutLeadingStar(regex));
        }
    }

    /** One rule's regex and flags: what its derivation depends on. */
    record Source(String regex, int flags) {

        static Source of(Pattern p) {
            return new Source(p.pattern(), p.flags());
        }
    }

    /**
     * The derivation of each rule, in the order given: read from the file when it is valid for
     * these rules, else derived (on all cores) and written to the file.
     */
    List<Derived> of(List<Pattern> rules) {
        if (directory == null) { // no cache: nothing to key (the key hashes every rule and reads class files)
            return derive(rules);
        }
        String key = key(rules);
        Optional<Map<Source, Derived>> cached = read(key);
        if (cached.isPresent() && rules.stream().map(Source::of).allMatch(cached.get()::containsKey)) {
            LOG.debug("rule derivations read from {}", fileFor(key));
            return rules.stream().map(p -> cached.get().get(Source.of(p))).toList();
        }
        List<Derived> derived = derive(rules);
        write(key, rules, derived);
        return derived;
    }

    /** Each rule's derivation is independent of the others: done on all cores, kept in rule order. */
    private static List<Derived> derive(List<Pattern> rules) {
        return rules.parallelStream().map(Derived::of).toList();
    }

    /** The key a file must carry to be used for these rules (see the class comment). */
    static String key(List<Pattern> rules) {
        MessageDigest rulesHash = sha256();
        rules.stream().map(Source::of).sorted(Comparator.comparing(Source::regex).thenComparingInt(Source::flags))
                .forEach(s -> {
                    rulesHash.update((s.flags() + ":" + s.regex().length() + ":").getBytes(StandardCharsets.UTF_8));
                    rulesHash.update(s.regex().getBytes(StandardCharsets.UTF_8));
                });
        return "format " + FORMAT + "; heideltime " + heidelTimeVersion() + "; tarikh " + tarikhVersion() + "; code "
                + codeHash() + "; rules " + HexFormat.of().formatHex(rulesHash.digest());
    }

    private static String heidelTimeVersion() {
        try (InputStream in = de.unihd.dbs.uima.annotator.heideltime.HeidelTime.class
                .getResourceAsStream("/META-INF/maven/com.github.heideltime/heideltime/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String tarikhVersion() {
        String v = RuleDerivations.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** A hash of the class files that derive (and of this one, which lays the file out). */
    private static String codeHash() {
        MessageDigest hash = sha256();
        List<Class<?>> classes = new ArrayList<>();
        collect(RegexLiterals.class, classes);
        collect(RuleDerivations.class, classes);
        for (Class<?> c : classes) {
            String name = "/" + c.getName().replace('.', '/') + ".class";
            try (InputStream in = c.getResourceAsStream(name)) {
                hash.update(name.getBytes(StandardCharsets.UTF_8));
                if (in != null) {
                    hash.update(in.readAllBytes());
                }
            } catch (IOException e) {
                hash.update("unreadable".getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(hash.digest());
    }

    private static void collect(Class<?> c, List<Class<?>> into) {
        into.add(c);
        Arrays.stream(c.getDeclaredClasses()).sorted(Comparator.comparing(Class::getName)).forEach(n -> collect(n, into));
    }

    /** The file's derivations by rule, if the file is for {@code key} and intact. */
    Optional<Map<Source, Derived>> read(String key) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < CHECKSUM_BYTES) {
                throw new IOException("too short");
            }
            byte[] content = Arrays.copyOf(bytes, bytes.length - CHECKSUM_BYTES);
            byte[] checksum = Arrays.copyOfRange(bytes, bytes.length - CHECKSUM_BYTES, bytes.length);
            if (!MessageDigest.isEqual(checksum, sha256().digest(content))) {
                throw new IOException("its checksum does not match its content");
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(content));
            if (!MAGIC.equals(string(in)) || !key.equals(string(in))) {
                LOG.info("rule derivations: {} holds another key than its name says; deriving them again", file);
                return Optional.empty();
            }
            int rules = in.readInt();
            Map<Source, Derived> read = new HashMap<>();
            for (int r = 0; r < rules; r++) {
                Source source = new Source(string(in), in.readInt());
                int clauses = in.readInt();
                List<Set<String>> required = null;
                if (clauses >= 0) {
                    required = new ArrayList<>(clauses);
                    for (int c = 0; c < clauses; c++) {
                        int n = in.readInt();
                        Set<String> clause = new LinkedHashSet<>();
                        for (int i = 0; i < n; i++) {
                            clause.add(string(in));
                        }
                        if (clause.size() != n) {
                            throw new IOException("a literal twice in one clause");
                        }
                        required.add(clause);
                    }
                }
                String probe = in.readBoolean() ? string(in) : null;
                read.put(source, new Derived(required, probe));
            }
            if (in.available() != 0) {
                throw new IOException("bytes after the last rule");
            }
            touch(file);
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule derivations: ignored {} ({}); deriving them again", file, e.getMessage());
            return Optional.empty();
        }
    }

    void write(String key, List<Pattern> rules, List<Derived> derived) {
        if (directory == null) {
            return;
        }
        Path file = fileFor(key);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            string(out, MAGIC);
            string(out, key);
            out.writeInt(rules.size());
            for (int r = 0; r < rules.size(); r++) {
                string(out, rules.get(r).pattern());
                out.writeInt(rules.get(r).flags());
                Derived d = derived.get(r);
                out.writeInt(d.required() == null ? -1 : d.required().size());
                if (d.required() != null) {
                    for (Set<String> clause : d.required()) {
                        out.writeInt(clause.size());
                        for (String literal : clause) {
                            string(out, literal);
                        }
                    }
                }
                out.writeBoolean(d.probe() != null);
                if (d.probe() != null) {
                    string(out, d.probe());
                }
            }
            out.flush();
            byte[] content = bytes.toByteArray();
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_PREFIX, ".tmp");
            try {
                Files.write(temporary, content);
                Files.write(temporary, sha256().digest(content), java.nio.file.StandardOpenOption.APPEND);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.debug("rule derivations written to {}", file);
            prune(file);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs the next start-up its derivation, nothing else
            LOG.debug("rule derivations: cannot write {}: {}", file, e.getMessage());
        }
    }

    /** Marks a file as used now, so that pruning keeps the files processes still read. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule derivations: cannot mark {} as used: {}", file, e.getMessage());
        }
    }

    /**
     * Deletes the directory's derivation files beyond the {@value #KEEP} most recently used, never
     * {@code written}, and the single file of older builds, which no key reads any more.
     */
    private void prune(Path written) throws IOException {
        if (Files.deleteIfExists(directory.resolve(LEGACY_FILE))) {
            LOG.debug("rule derivations: deleted {}, the file of an older build", LEGACY_FILE);
        }
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(FILE_PREFIX) && name.endsWith(FILE_SUFFIX) && !f.equals(written);
            }).sorted(Comparator.comparing(RuleDerivations::lastModified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(files.size(), KEEP - 1), files.size())) {
            Files.deleteIfExists(old);
            LOG.debug("rule derivations: deleted {}, the least recently used", old);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0; // gone meanwhile: first to delete
        }
    }

    /** Strings as a length and UTF-8 bytes (a regex may be longer than {@code writeUTF} allows). */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a string longer than the file");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
