package org.tarikh.scaleout;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import org.tarikh.job.ScaleOut;

/**
 * Builds the manager's side of the partitioned step: Spring Batch's remote partitioning manager
 * step, which splits the input with the partitioner, stores one step execution per partition in
 * the job repository, sends one request per partition to the broker, and then polls the job
 * repository until no partition is running. {@link StaleWorkerWatch} runs beside it, so that a
 * partition whose worker died is marked failed instead of being waited for forever.
 */
public class ManagerSteps {

    private final RemotePartitioningManagerStepBuilderFactory steps;
    private final IntegrationFlowContext flows;
    private final RabbitTemplate template;
    private final PartitionClaims claims;
    private final JobRepository jobRepository;
    private final AtomicLong sent = new AtomicLong();

    ManagerSteps(RemotePartitioningManagerStepBuilderFactory steps, IntegrationFlowContext flows, RabbitTemplate template,
            PartitionClaims claims, JobRepository jobRepository) {
        this.steps = steps;
        this.flows = flows;
        this.template = template;
        this.claims = claims;
        this.jobRepository = jobRepository;
    }

    /**
     * @param name       the manager step's name
     * @param workerStep the name of the workers' step (a bean of that name in each worker)
     */
    public Step managerStep(String name, String workerStep, Partitioner partitioner, ScaleOut scaleOut) {
        DirectChannel requests = new DirectChannel();
        requests.addInterceptor(new ChannelInterceptor() {
            @Override
            public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean ok, Exception ex) {
                if (ok) {
                    sent.incrementAndGet();
                }
            }
        });
        flows.registration(IntegrationFlow.from(requests)
                .handle(Amqp.outboundAdapter(template).routingKey(template.getRoutingKey()))
                .get()).register();
        long timeout = scaleOut.timeoutDuration().isZero() ? -1 : scaleOut.timeoutDuration().toMillis();
        return steps.get(name)
                .listener(new StaleWorkerWatch(claims, jobRepository, scaleOut.workerTimeoutDuration(),
                        scaleOut.pollIntervalDuration()))
                .partitioner(workerStep, partitioner)
                .gridSize(scaleOut.partitionsOrDefault())
                .outputChannel(requests)
                .pollInterval(scaleOut.pollIntervalDuration().toMillis())
                .timeout(timeout)
                .build();
    }

    /** Partition requests sent to the broker by this process so far. */
    public long requestsSent() {
        return sent.get();
    }
}
