package org.tarikh.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.TimelineRun;

/**
 * The worker's side of "a partition request delivered twice runs once", and the manager's
 * detection of a dead worker, against a real job repository (H2 file database).
 */
class PartitionClaimTest {

    @TempDir
    Path dir;

    private record Fixture(ConfigurableApplicationContext context, JobRepository repository, JobExecution job,
            StepExecution partition) {
    }

    private Fixture fixture() {
        JobDefinition definition = JobDefinition.defaults().withDatabase("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        ConfigurableApplicationContext context = TimelineRun.context(definition);
        JobRepository repository = context.getBean(JobRepository.class);
        JobParameters parameters = new JobParametersBuilder().addLong("run", 1L).toJobParameters();
        JobInstance instance = repository.createJobInstance("claim-test", parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        job.setStartTime(LocalDateTime.now());
        repository.update(job);
        StepExecution partition = repository.createStepExecution("annotate-partition:partition0", job);
        return new Fixture(context, repository, job, partition);
    }

    @Test
    void aRequestDeliveredTwiceIsTakenOnce() {
        Fixture f = fixture();
        try (ConfigurableApplicationContext context = f.context()) {
            PartitionClaims claims = new PartitionClaims(context.getBean(DataSource.class));
            StepExecutionRequest request = new StepExecutionRequest("annotate-partition", f.partition().getId());
            assertThat(WorkerConfiguration.take(request, claims, f.repository(), "host-a:1")).isTrue();
            assertThat(WorkerConfiguration.take(request, claims, f.repository(), "host-b:2")).isFalse();
            assertThat(claims.holder(f.partition().getId())).isEqualTo("host-a:1");
            assertThat(claims.claimed(f.job().getId())).isEqualTo(1);

            // a request of an execution that is no longer running (a killed manager's, since recovered) is dropped
            StepExecution other = f.repository().createStepExecution("annotate-partition:partition1", f.job());
            f.job().setStatus(BatchStatus.FAILED);
            f.repository().update(f.job());
            assertThat(WorkerConfiguration.take(new StepExecutionRequest("annotate-partition", other.getId()), claims,
                    f.repository(), "host-b:2")).isFalse();
            assertThat(claims.holder(other.getId())).isNull();
        }
    }

    @Test
    void aPartitionWhoseHeartbeatStoppedIsStaleAndALiveOneIsNot() throws Exception {
        Fixture f = fixture();
        try (ConfigurableApplicationContext context = f.context()) {
            PartitionClaims claims = new PartitionClaims(context.getBean(DataSource.class));
            assertThat(claims.claim(f.job().getId(), f.partition().getId(), "host-a:1")).isTrue();
            f.partition().setStatus(BatchStatus.STARTED);
            f.repository().update(f.partition());
            assertThat(claims.stale(f.job().getId(), Duration.ofMinutes(1))).isEmpty();
            // the heartbeat as a dead worker leaves it: two minutes old, by the database's clock
            new JdbcTemplate(context.getBean(DataSource.class)).update("UPDATE partition_claim"
                    + " SET heartbeat_at = DATEADD('MINUTE', -2, CURRENT_TIMESTAMP) WHERE step_execution_id = ?",
                    f.partition().getId());
            List<PartitionClaims.Stale> stale = claims.stale(f.job().getId(), Duration.ofMinutes(1));
            assertThat(stale).extracting(PartitionClaims.Stale::stepExecutionId, PartitionClaims.Stale::worker)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(f.partition().getId(), "host-a:1"));
            claims.heartbeat(f.partition().getId()); // alive again
            assertThat(claims.stale(f.job().getId(), Duration.ofMinutes(1))).isEmpty();
        }
    }
}
