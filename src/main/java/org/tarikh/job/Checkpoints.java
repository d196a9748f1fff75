package org.tarikh.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tarikh.article.SourceRecord;

/**
 * A test hook: stops the run at a named point so that a test can act there (kill the process,
 * shut the database down) instead of guessing with a clock. Off unless the system property
 * {@value #PAUSE} names a point and {@value #DIR} a folder; it then counts the points this
 * process passes and, at the named one, writes the marker file {@code DIR/POINT} and waits
 * until {@code DIR/POINT.release} exists (a killed process never gets that far).
 * <p>
 * Points: {@code job-started} (the execution is recorded as STARTED), {@code step-started}
 * (after the restart position is saved), {@code processed:N} (the N-th record of this process
 * is processed, its chunk not yet written), {@code written:N} (the N-th chunk is written, its
 * transaction not committed), {@code committed:N} (the N-th chunk's transaction is committed),
 * {@code summary-printed} ({@code run} has printed its summary line).
 */
public final class Checkpoints implements JobExecutionListener, StepExecutionListener,
        ItemProcessListener<SourceRecord, Outcome>, ChunkListener<SourceRecord, Outcome> {

    public static final String PAUSE = "tarikh.checkpoint.pause";
    public static final String DIR = "tarikh.checkpoint.dir";

    private final String pause;
    private final Path dir;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger committed = new AtomicInteger();

    /** @param pause the point to stop at, or blank for none */
    public Checkpoints(String pause, String dir) {
        this.pause = pause == null ? "" : pause.strip().toLowerCase(Locale.ROOT);
        this.dir = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public boolean enabled() {
        return !pause.isEmpty() && dir != null;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        reached("job-started");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        reached("step-started");
    }

    @Override
    public void afterProcess(SourceRecord item, Outcome result) {
        if (enabled()) {
            reached("processed:" + processed.incrementAndGet());
        }
    }

    @Override
    public void afterChunk(Chunk<Outcome> chunk) {
        if (!enabled()) {
            return;
        }
        // still inside the chunk's transaction (Spring Batch 6): "written", then "committed" once it commits
        reached("written:" + written.incrementAndGet());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reached("committed:" + committed.incrementAndGet());
                }
            });
        }
    }

    /** A point outside the job itself, e.g. {@code summary-printed} (the run command, after its summary line). */
    public void reached(String point) {
        if (!enabled() || !point.equals(pause)) {
            return;
        }
        String file = point.replace(':', '-');
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file + ".tmp"), String.valueOf(ProcessHandle.current().pid()),
                    StandardCharsets.UTF_8);
            Files.move(dir.resolve(file + ".tmp"), dir.resolve(file), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Path release = dir.resolve(file + ".release");
            while (!Files.exists(release)) {
                Thread.sleep(10); // waiting for the test, not for time to pass
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The marker file of a point, as {@link #reached} writes it. */
    public static Path marker(Path dir, String point) {
        return dir.resolve(point.toLowerCase(Locale.ROOT).replace(':', '-'));
    }

    /** Lets a process paused at {@code point} go on. */
    public static void release(Path dir, String point) throws IOException {
        Files.writeString(dir.resolve(marker(dir, point).getFileName() + ".release"), "go");
    }
}
