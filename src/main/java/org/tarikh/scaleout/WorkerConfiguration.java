package org.tarikh.scaleout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.NullChannel;
import org.springframework.integration.dsl.FilterEndpointSpec;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;
import org.tarikh.job.ArticleItemReader;
import org.tarikh.job.ArticleProcessor;
import org.tarikh.job.Checkpoints;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.TimelineJobConfiguration;
import org.tarikh.job.TimelineWriter;

/**
 * A worker process ({@code tarikh worker --job FILE}): takes partition requests from the broker,
 * one at a time per thread ({@code threads} of the job definition), and runs each as the same
 * chunk step the single-machine job runs on its partition threads ({@code annotate-partition}:
 * read the partition's share of the input, annotate, store), with its state in the shared job
 * repository. Before running a request it takes the partition in {@code partition_claim}: a
 * request delivered twice, or one for a run that is no longer going, is dropped with a log line.
 * While it runs, a heartbeat tells the manager it is alive.
 */
@Configuration(proxyBeanMethods = false)
@Import(ScaleOutConfiguration.class)
public class WorkerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerConfiguration.class);

    /** How often a worker's consumers try to reconnect while the broker is unreachable. */
    static final long RECOVERY_INTERVAL_MS = 5_000;

    /** Requests this worker will run, after the claim. */
    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /**
     * Broker → claim → the worker step. The broker's message is acknowledged once the partition has
     * run: a worker killed before it claimed the partition leaves the message to another worker; one
     * killed after leaves a claim whose heartbeat stops, which the manager turns into a failed
     * partition. prefetch 1: a busy worker holds no request another could run. When the broker goes
     * away (restart, network), the container tries to connect again every {@link #RECOVERY_INTERVAL_MS}
     * until it is back; a partition already running goes on meanwhile (it needs only the database),
     * and its request, never acknowledged, comes back from the broker and is dropped as claimed.
     */
    @Bean
    public IntegrationFlow partitionRequestsFromBroker(CachingConnectionFactory brokerConnectionFactory, Queue requestQueue,
            SimpleMessageConverter requestConverter, JobDefinition definition, PartitionClaims partitionClaims,
            JobRepository jobRepository, DirectChannel partitionRequests) {
        String self = PartitionClaims.self();
        int threads = definition.threadsOrDefault();
        return IntegrationFlow.from(Amqp.inboundAdapter(brokerConnectionFactory, requestQueue)
                        .messageConverter(requestConverter)
                        .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(threads)
                                .acknowledgeMode(AcknowledgeMode.AUTO).defaultRequeueRejected(false)
                                .recoveryInterval(RECOVERY_INTERVAL_MS)))
                .filter(StepExecutionRequest.class, r -> take(r, partitionClaims, jobRepository, self),
                        WorkerConfiguration::dropQuietly)
                .channel(partitionRequests)
                .get();
    }

    /**
     * A request {@link #take} refused goes nowhere, and is not logged again: {@code take} has said why in
     * one line. (Without a discard channel, Spring Integration's filter logs a WARN with the whole message
     * for every request dropped.)
     */
    static void dropQuietly(FilterEndpointSpec filter) {
        filter.discardChannel(new NullChannel());
    }

    static boolean take(StepExecutionRequest r, PartitionClaims claims, JobRepository jobRepository, String self) {
        StepExecution step = jobRepository.getStepExecution(r.getStepExecutionId());
        JobExecution job = step == null ? null : jobRepository.getJobExecution(step.getJobExecutionId());
        if (step == null || job == null) {
            LOG.warn("dropped a request for step execution {}: not in the job repository (another database?)",
                    r.getStepExecutionId());
            return false;
        }
        if (!job.getStatus().isRunning() || job.getStatus() == BatchStatus.STOPPING) {
            LOG.info("dropped the request for {} of run execution {}: that execution is {} (a later restart sends its own)",
                    step.getStepName(), job.getId(), job.getStatus());
            return false;
        }
        if (step.getStatus() != BatchStatus.STARTING || !claims.claim(job.getId(), step.getId(), self)) {
            LOG.info("dropped a second delivery of the request for {} (execution {}): {} has it ({})", step.getStepName(),
                    step.getId(), claims.holder(step.getId()), step.getStatus());
            return false;
        }
        LOG.info("took {} of run execution {}", step.getStepName(), job.getId());
        return true;
    }

    @Bean
    public Heartbeats heartbeats(PartitionClaims partitionClaims, JobDefinition definition) {
        return new Heartbeats(partitionClaims, definition.scaleOut().heartbeatDuration());
    }

    /** The partitions' chunk step, fed by {@link #partitionRequests()}; its bean name is what requests name. */
    @Bean(name = TimelineJobConfiguration.WORKER_STEP)
    public Step workerStep(RemotePartitioningWorkerStepBuilderFactory steps, DirectChannel partitionRequests,
            JobRepository jobRepository, PlatformTransactionManager transactionManager, ArticleItemReader reader,
            ArticleProcessor processor, TimelineWriter writer, JobDefinition definition, Checkpoints checkpoints,
            Heartbeats heartbeats) {
        // the engines (PipelinePool, deferred) are built where they annotate: on the time-budget worker of the
        // first partition this worker takes
        return TimelineJobConfiguration.chunkStep(
                steps.get(TimelineJobConfiguration.WORKER_STEP).inputChannel(partitionRequests).listener(heartbeats),
                jobRepository, transactionManager, reader, processor, writer, definition.chunkSizeOrDefault(),
                checkpoints);
    }
}
