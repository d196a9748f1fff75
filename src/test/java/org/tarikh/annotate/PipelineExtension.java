package org.tarikh.annotate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Builds the engine of each {@link TestPipeline} field once per test class, injects it, and
 * keeps it in the class's extension store, which closes it ({@link AutoCloseable}) after the
 * class's last test. Registered by the annotation itself: a test class only declares
 * <pre>{@code
 * @TestPipeline(rules = {DayPhraseAnnotator.class})
 * private static TemporalPipeline pipeline;
 * }</pre>
 * Each class gets its own engine, so the classes may run in any order, or in parallel.
 */
public final class PipelineExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PipelineExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        for (Field field : AnnotationSupport.findAnnotatedFields(testClass, TestPipeline.class)) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != TemporalPipeline.class) {
                throw new ExtensionConfigurationException("@TestPipeline needs a static TemporalPipeline field: "
                        + testClass.getName() + "." + field.getName());
            }
            TestPipeline spec = field.getAnnotation(TestPipeline.class);
            TemporalPipeline pipeline = store.computeIfAbsent(testClass.getName() + "#" + field.getName(),
                    key -> build(spec), TemporalPipeline.class);
            field.setAccessible(true);
            field.set(null, pipeline);
        }
    }

    private static TemporalPipeline build(TestPipeline spec) {
        return spec.rules().length == 0 ? TemporalPipeline.create()
                : TemporalPipeline.build(PipelineStages.withoutHeidelTime(List.of(spec.rules())));
    }
}
