package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.unihd.dbs.uima.annotator.heideltime.resources.ResourceMap;
import de.unihd.dbs.uima.annotator.heideltime.resources.ResourceScanner;

/**
 * The resource scanner built folder by folder holds what HeidelTime's own constructor finds: the same
 * languages, and for each the same resource files, put in the same order (so that its maps iterate
 * alike); and it is installed only where HeidelTime has not built its own.
 */
class HeidelTimeResourcesTest {

    @Test
    void holdsWhatHeidelTimesOwnScanFinds() throws Exception {
        Constructor<ResourceScanner> own = ResourceScanner.class.getDeclaredConstructor();
        own.setAccessible(true);
        ResourceScanner expected = own.newInstance();

        ResourceScanner scanned = HeidelTimeResources.scan();

        assertThat(scanned).as("HeidelTime is a jar file on the test class path").isNotNull();
        assertThat(scanned.getDetectedResourceFolders()).containsExactlyInAnyOrderElementsOf(
                expected.getDetectedResourceFolders());
        assertThat(scanned.getDetectedResourceFolders()).contains("arabic").hasSizeGreaterThan(200)
                .as("a folder whose name is not a literal regular expression is judged as HeidelTime judges it")
                .doesNotContain("auto-volap++k");
        for (String kind : List.of("repatterns", "normalizations", "rules")) {
            Map<?, ?> mine = HeidelTimeResources.field(scanned, kind, Map.class);
            Map<?, ?> theirs = HeidelTimeResources.field(expected, kind, Map.class);
            assertThat(mine.keySet()).isEqualTo(theirs.keySet());
            for (Object language : theirs.keySet()) {
                for (String files : List.of("innerFiles", "outerFiles")) {
                    Map<?, ?> a = files(mine.get(language), files);
                    Map<?, ?> b = files(theirs.get(language), files);
                    assertThat(a).as(kind + " of " + language).isEqualTo(b);
                    assertThat(new ArrayList<>(a.keySet())).as("iteration order of " + kind + " of " + language)
                            .isEqualTo(new ArrayList<>(b.keySet()));
                }
            }
        }
        ResourceMap arabic = (ResourceMap) HeidelTimeResources.field(scanned, "rules", Map.class).get("arabic");
        assertThat(new ArrayList<>(arabic.keySet())).isEqualTo(new ArrayList<>(
                ((ResourceMap) HeidelTimeResources.field(expected, "rules", Map.class).get("arabic")).keySet()));
    }

    @Test
    void literalFolderNames() {
        assertThat(HeidelTimeResources.literal("arabic")).isTrue();
        assertThat(HeidelTimeResources.literal("auto-o'odham")).isTrue();
        assertThat(HeidelTimeResources.literal("auto-volap++k")).isFalse();
        assertThat(HeidelTimeResources.literal("a.b")).isFalse();
    }

    @Test
    void leavesAnExistingScannerAlone() {
        ResourceScanner existing = ResourceScanner.getInstance(); // built by HeidelTime or by an earlier install

        assertThat(HeidelTimeResources.install()).isFalse();
        assertThat(ResourceScanner.getInstance()).isSameAs(existing);
    }

    private static Map<?, ?> files(Object resourceMap, String field) throws ReflectiveOperationException {
        Field f = ResourceMap.class.getDeclaredField(field);
        f.setAccessible(true);
        return (Map<?, ?>) f.get(resourceMap);
    }
}
