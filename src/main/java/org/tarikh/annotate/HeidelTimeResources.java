package org.tarikh.annotate;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import de.unihd.dbs.uima.annotator.heideltime.resources.ResourceScanner;

/**
 * HeidelTime's {@link ResourceScanner}, built in a fraction of the time its constructor takes, with
 * the same content (issue 16: start-up).
 * <p>
 * HeidelTime 2.2.1 finds its language resources by listing its own jar (13,888 entries, 261 top-level
 * folders, of which 257 languages). Its constructor tries every top-level folder as a language
 * against <em>every</em> entry of the jar, with three regular expressions each: some ten million
 * matcher runs, single-threaded, before the first engine can load a rule. The regular expressions
 * of a folder whose name has no regex metacharacter can only match entries inside that folder, so
 * this class hands HeidelTime's own private scanning method one folder's entries at a time (a folder
 * whose name does have metacharacters, like {@code auto-volap++k}, still gets every entry), then
 * runs HeidelTime's own scan of the folder beside the jar, as its constructor does. The maps are
 * filled by HeidelTime's code from the same entries: nothing of its logic is re-implemented here.
 * <p>
 * {@link #install()} puts the result in HeidelTime's singleton before anything has created it, under
 * the lock HeidelTime's {@code getInstance()} takes. It only does so for the case it knows (HeidelTime
 * loaded from a jar file, version 2.2.1's fields and methods); in any other case it leaves the singleton
 * alone and HeidelTime scans as it always did. Tarikh's pipelines install it ({@link TemporalPipeline});
 * stock HeidelTime's own process ({@link StockHeidelTime}) does not, so that it stays the unchanged
 * baseline. {@code HeidelTimeResourcesTest} compares the result with HeidelTime's constructor's, field by field.
 */
final class HeidelTimeResources {

    /** What makes a folder name more than a literal inside HeidelTime's {@code Pattern.compile(language + "/…")}. */
    private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}";

    private HeidelTimeResources() {
    }

    /**
     * Fills HeidelTime's resource scanner singleton, unless something created it already.
     *
     * @return whether this call installed it (false: it existed, or this is not the case this class knows)
     */
    static boolean install() {
        synchronized (ResourceScanner.class) { // the lock of ResourceScanner.getInstance()
            try {
                Field instance = ResourceScanner.class.getDeclaredField("INSTANCE");
                instance.setAccessible(true);
                if (instance.get(null) != null) {
                    return false;
                }
                ResourceScanner scanner = scan();
                if (scanner == null) {
                    return false;
                }
                instance.set(null, scanner);
                return true;
            } catch (ReflectiveOperationException | RuntimeException | IOException e) {
                return false; // HeidelTime builds its scanner itself, as without this class
            }
        }
    }

    /**
     * A scanner with the content HeidelTime's constructor gives it, or null if HeidelTime is not loaded
     * from a jar file (then its constructor scans folders, which is not slow).
     */
    static ResourceScanner scan() throws ReflectiveOperationException, IOException {
        File jar;
        try {
            jar = new File(ResourceScanner.class.getProtectionDomain().getCodeSource().getLocation().toURI().getPath());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        if (!jar.isFile()) {
            return null;
        }
        // the entries as HeidelTime reads them (name -> entry), grouped by top-level folder
        HashMap<String, JarEntry> all = new HashMap<>();
        try (JarFile file = new JarFile(jar)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                all.put(e.getName(), e);
            }
        }
        // each folder's entries, and the top-level folders, in the order HeidelTime's own loops meet them (its map of
        // the same entries iterates as this one), so that HeidelTime's maps are also filled in the same order
        Map<String, LinkedHashMap<String, JarEntry>> byFolder = new HashMap<>();
        HashMap<String, JarEntry> topLevel = new HashMap<>();
        for (Map.Entry<String, JarEntry> e : all.entrySet()) {
            String name = e.getKey();
            int slash = name.indexOf('/');
            if (slash > 0) {
                byFolder.computeIfAbsent(name.substring(0, slash), k -> new LinkedHashMap<>()).put(name, e.getValue());
                if (slash == name.length() - 1 && e.getValue().isDirectory()) {
                    topLevel.put(name, e.getValue());
                }
            }
        }

        ResourceScanner scanner = newScanner();
        Method inside = ResourceScanner.class.getDeclaredMethod("scanValidInsideResourcesFolder", HashMap.class);
        Method outside = ResourceScanner.class.getDeclaredMethod("scanValidOutsideResourcesFolder", File.class);
        inside.setAccessible(true);
        outside.setAccessible(true);
        for (String folder : topLevel.keySet()) {
            String name = folder.substring(0, folder.length() - 1);
            inside.invoke(scanner, literal(name) ? byFolder.get(name) : everyEntryFor(all, folder));
        }
        // as HeidelTime's constructor: language folders beside the jar, then the languages found
        outside.invoke(scanner, jar.getParentFile());
        scanner.getDetectedResourceFolders().addAll(field(scanner, "repatterns", Map.class).keySet());
        return scanner;
    }

    /** Whether HeidelTime's patterns for this folder can only match the folder's own entries. */
    static boolean literal(String folder) {
        for (int i = 0; i < folder.length(); i++) {
            if (REGEX_METACHARACTERS.indexOf(folder.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every entry of the jar, for a folder whose name is a regular expression that may match anywhere:
     * the other top-level folders stay among the names its patterns are tried on, but under an entry
     * that is not a directory, so that HeidelTime's method takes only this folder as a language to try.
     */
    private static HashMap<String, JarEntry> everyEntryFor(Map<String, JarEntry> all, String topLevel) {
        LinkedHashMap<String, JarEntry> entries = new LinkedHashMap<>(all);
        JarEntry notAFolder = new JarEntry("not-a-folder");
        for (Map.Entry<String, JarEntry> e : entries.entrySet()) {
            String name = e.getKey();
            if (!name.equals(topLevel) && name.indexOf('/') == name.length() - 1) {
                e.setValue(notAFolder);
            }
        }
        return entries;
    }

    /** A scanner object whose constructor did not run (it would scan), with the fields its initializers set. */
    private static ResourceScanner newScanner() throws ReflectiveOperationException {
        Class<?> factoryClass = Class.forName("sun.reflect.ReflectionFactory");
        Object factory = factoryClass.getMethod("getReflectionFactory").invoke(null);
        Constructor<?> bare = (Constructor<?>) factoryClass
                .getMethod("newConstructorForSerialization", Class.class, Constructor.class)
                .invoke(factory, ResourceScanner.class, Object.class.getDeclaredConstructor());
        ResourceScanner scanner = (ResourceScanner) bare.newInstance();
        set(scanner, "path", "resources");
        set(scanner, "languages", new HashSet<String>());
        set(scanner, "repatterns", new HashMap<>());
        set(scanner, "normalizations", new HashMap<>());
        set(scanner, "rules", new HashMap<>());
        return scanner;
    }

    private static void set(ResourceScanner scanner, String name, Object value) throws ReflectiveOperationException {
        Field f = ResourceScanner.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(scanner, value);
    }

    static <T> T field(ResourceScanner scanner, String name, Class<T> type) throws ReflectiveOperationException {
        Field f = ResourceScanner.class.getDeclaredField(name);
        f.setAccessible(true);
        return type.cast(f.get(scanner));
    }
}
