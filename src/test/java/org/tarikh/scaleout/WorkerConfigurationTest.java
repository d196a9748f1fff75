package org.tarikh.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.FilterEndpointSpec;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.messaging.support.MessageBuilder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The worker's filter of partition requests: a request it refuses (a second delivery, a run that is no
 * longer going) is dropped without Spring Integration's WARN, which printed the whole message for every
 * dropped request; {@link WorkerConfiguration#take} logs the reason in one line of its own.
 */
class WorkerConfigurationTest {

    @EnableIntegration
    static class Integration {
    }

    /** WARN (and worse) events of Spring Integration while a refused request goes through a filter so configured. */
    private static List<ILoggingEvent> warningsDroppingARequest(Consumer<FilterEndpointSpec> endpoint) {
        Logger integration = (Logger) LoggerFactory.getLogger("org.springframework.integration");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        integration.addAppender(seen);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Integration.class)) {
            DirectChannel requests = new DirectChannel();
            QueueChannel taken = new QueueChannel();
            context.getBean(IntegrationFlowContext.class).registration(IntegrationFlow.from(requests)
                    .filter(StepExecutionRequest.class, r -> false, endpoint)
                    .channel(taken)
                    .get()).register();
            requests.send(MessageBuilder.withPayload(new StepExecutionRequest("annotate-partition", 7L)).build());
            assertThat(taken.getQueueSize()).isZero();
        } finally {
            integration.detachAppender(seen);
        }
        return seen.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    @Test
    void aRefusedRequestIsDroppedWithoutAWarning() {
        assertThat(warningsDroppingARequest(WorkerConfiguration::dropQuietly)).isEmpty();
        // the same filter without a discard channel: the warning this avoids
        assertThat(warningsDroppingARequest(endpoint -> { }))
                .singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains("has been rejected in filter"));
    }
}
