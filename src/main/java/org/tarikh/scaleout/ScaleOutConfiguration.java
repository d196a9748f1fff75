package org.tarikh.scaleout;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.ScaleOut;
import org.tarikh.store.TimelineStore;

/**
 * What the manager and the workers of a scaled-out job share: the RabbitMQ connection (from the
 * job definition's {@code scale-out.broker}), the durable request queue, the message converter
 * (a {@code StepExecutionRequest}: step name and execution ids, nothing else), and the partition
 * claims in the job's database. Spring Batch's remote partitioning ({@link EnableBatchIntegration})
 * does the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchIntegration
public class ScaleOutConfiguration {

    /** The only classes a partition request may deserialize to (Java serialization is otherwise refused). */
    static final List<String> REQUEST_CLASSES = List.of("org.springframework.batch.integration.partition.*",
            "java.lang.*", "java.util.*");

    @Bean(destroyMethod = "destroy")
    public CachingConnectionFactory brokerConnectionFactory(JobDefinition definition) {
        ScaleOut.Broker broker = definition.scaleOut().broker();
        CachingConnectionFactory factory = new CachingConnectionFactory(broker.host(), broker.port());
        factory.setUsername(broker.user());
        factory.setPassword(broker.resolvePassword());
        factory.setVirtualHost(broker.virtualHost());
        factory.setConnectionNameStrategy(f -> "tarikh " + PartitionClaims.self());
        return factory;
    }

    @Bean
    public SimpleMessageConverter requestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(REQUEST_CLASSES);
        return converter;
    }

    /**
     * Declares the {@link Queue} beans again on every new connection: after a broker restart (or a
     * fail-over to a broker that never saw the queue) each process's reconnection re-creates the
     * request queue before it consumes from or sends to it.
     */
    @Bean
    public RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnectionFactory) {
        return new RabbitAdmin(brokerConnectionFactory);
    }

    /** Declares the job's durable request queue (idempotent), so manager and workers may start in any order. */
    @Bean
    public Queue requestQueue(JobDefinition definition, RabbitAdmin brokerAdmin) {
        Queue queue = new Queue(definition.scaleOut().queue(), true, false, false, Map.of());
        brokerAdmin.declareQueue(queue);
        return queue;
    }

    @Bean
    public RabbitTemplate requestTemplate(CachingConnectionFactory brokerConnectionFactory,
            SimpleMessageConverter requestConverter, Queue requestQueue) {
        RabbitTemplate template = new RabbitTemplate(brokerConnectionFactory);
        template.setMessageConverter(requestConverter);
        template.setRoutingKey(requestQueue.getName());
        return template;
    }

    @Bean
    public PartitionClaims partitionClaims(DataSource dataSource, TimelineStore migrated) {
        return new PartitionClaims(dataSource);
    }

    @Bean
    public ManagerSteps managerSteps(RemotePartitioningManagerStepBuilderFactory steps, IntegrationFlowContext flows,
            RabbitTemplate requestTemplate, PartitionClaims partitionClaims,
            org.springframework.batch.core.repository.JobRepository jobRepository) {
        return new ManagerSteps(steps, flows, requestTemplate, partitionClaims, jobRepository);
    }
}
