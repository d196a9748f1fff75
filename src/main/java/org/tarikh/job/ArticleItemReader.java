package org.tarikh.job;

import java.nio.file.Path;
import java.util.List;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.SourceRecord;
import org.tarikh.store.RunCounts;

/**
 * Streams articles and rejections from the job's inputs. Restartable: the count of records
 * read is saved with each committed chunk, and a restart skips that many records of the same,
 * stably ordered input.
 * <p>
 * In a partitioned step, the reader of partition {@code index} of {@code count} yields only the
 * records its {@link ArticleSource.Split} gives that partition, and reads only those: one pass
 * over the inputs ({@link org.tarikh.article.RecordIndex}, shared by the partitions of the process)
 * says who owns each record and where a JSON Lines record's line is; its read count (and so its
 * restart point) is its own. Every partition's guard still learns every id, from the index, so a
 * duplicate id is caught whichever partition owns its second occurrence.
 */
public class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private final List<Path> inputs;
    private final java.util.function.Supplier<InputGuard> guards;
    private final int partition;
    private final int partitions;
    private final RunCounts counts;
    private final ArticleSource.Split split;
    private ArticleSource source;
    private InputGuard guard;
    /** Partitioned: the hold on the index of the inputs the partitions of this process share. */
    private org.tarikh.article.RecordIndex.Lease index;

    /** Partition {@code partition} of {@code partitions}, with the default input guards. */
    public ArticleItemReader(List<Path> inputs, int partition, int partitions) {
        this(inputs, () -> new InputGuard(java.time.LocalDate.now(), Limits.DEFAULT_MAX_FUTURE_DAYS,
                Limits.DEFAULT_MAX_ARTICLE_CHARS), partition, partitions);
    }

    /**
     * @param guards    a fresh {@link InputGuard} per open: duplicates are per run
     * @param partition this reader's partition index, of {@code partitions}
     */
    public ArticleItemReader(List<Path> inputs, java.util.function.Supplier<InputGuard> guards, int partition,
            int partitions) {
        this(inputs, guards, partition, partitions, null);
    }

    /**
     * @param counts where partition 0 adds the records of the inputs that are no article at all
     *               (web archives' redirects, requests …), in the chunk's transaction; null: not counted
     */
    public ArticleItemReader(List<Path> inputs, java.util.function.Supplier<InputGuard> guards, int partition,
            int partitions, RunCounts counts) {
        this(inputs, guards, partition, partitions, counts, ArticleSource.Split.SIZE);
    }

    /** @param split how the partitions share the records ({@link RecordPartitioner#SPLIT}) */
    public ArticleItemReader(List<Path> inputs, java.util.function.Supplier<InputGuard> guards, int partition,
            int partitions, RunCounts counts, ArticleSource.Split split) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("partition " + partition + " of " + partitions);
        }
        this.inputs = List.copyOf(inputs);
        this.guards = guards;
        this.partition = partition;
        this.partitions = partitions;
        this.counts = counts;
        this.split = split;
        setName("articles");
    }

    @Override
    protected void doOpen() {
        guard = guards.get();
        if (partitions == 1) {
            source = new ArticleSource(inputs, 0, 1, split);
            return;
        }
        // one pass indexes every record (shared by this process's partitions); this partition then reads
        // only its own records, and the others' ids reach the guard from the index
        index = org.tarikh.article.RecordIndex.share(inputs, partitions, split);
        source = new ArticleSource(index.index(), partition).onSkipped(guard::sighted);
    }

    @Override
    protected SourceRecord doRead() {
        org.tarikh.StageEvent read = org.tarikh.StageEvent.start(org.tarikh.StageEvent.READ);
        if (!source.hasNext()) {
            org.tarikh.StageEvent.end(read);
            return null;
        }
        SourceRecord record = source.next();
        org.tarikh.StageEvent.end(read);
        org.tarikh.StageEvent guarding = org.tarikh.StageEvent.start(org.tarikh.StageEvent.GUARD);
        try {
            return guard.check(record);
        } finally {
            org.tarikh.StageEvent.end(guarding);
        }
    }

    /**
     * Saves the restart position and, in partition 0, adds to the run's counters the records
     * passed over since the last commit that are no article at all (each partition passes over
     * all of them; one counts them). Spring Batch calls this inside each chunk's transaction,
     * before the step's context is saved: the counters and the context holding what was counted
     * commit together, so a restart (which re-reads up to the same position) counts nothing twice.
     */
    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        StepContext step = StepSynchronizationManager.getContext();
        if (counts == null || partition != 0 || source == null || step == null) {
            return;
        }
        Map<String, Long> delta = new TreeMap<>();
        source.notArticles().forEach((kind, n) -> {
            String key = RunSummary.ARCHIVE_SKIPPED + kind;
            long counted = context.getLong(key, 0L);
            if (n > counted) {
                delta.put(key, n - counted);
                context.putLong(key, n);
            }
        });
        if (!delta.isEmpty()) {
            StepExecution execution = step.getStepExecution();
            counts.add(execution.getJobExecution().getJobInstance().getInstanceId(), execution.getStepName(), delta);
        }
    }

    @Override
    protected void doClose() {
        if (source != null) {
            source.close();
            source = null;
        }
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
