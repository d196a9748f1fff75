package org.tarikh.annotate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a {@code static TemporalPipeline} field of a test class for {@link PipelineExtension}:
 * the engine is built once for the class before its first test, injected, and closed after its
 * last. {@code @TestPipeline} alone is Tarikh's full pipeline ({@link TemporalPipeline#create()});
 * {@code @TestPipeline(rules = {...})} is the view rewrite plus those post-annotators, without
 * HeidelTime (fast to build: {@link PipelineStages#withoutHeidelTime}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@ExtendWith(PipelineExtension.class)
public @interface TestPipeline {

    /** The post-annotators to run without HeidelTime; none means the full pipeline. */
    Class<? extends AnalysisComponent>[] rules() default {};
}
