package org.tarikh.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tarikh.article.ArticleSource;

/**
 * Splits the input into {@code gridSize} independent partitions: each record goes to the partition
 * whose records before it add up to the least text ({@link ArticleSource.Split#SIZE}), which one
 * pass over the (stably ordered) input works out for all of them ({@link org.tarikh.article.RecordIndex},
 * made alike in every process that reads the same files), after which each partition reads only its own records.
 * A partition is described entirely by its execution context (index, count, split), stored in the
 * job repository, so each partition restarts on its own where it stopped and the partitions could
 * run on other machines (remote partitioning) reading the same inputs. Interleaving records
 * balances the work whatever the sizes of the input files; weighing them by size, whatever the
 * lengths of the articles (by position, record {@code i} to partition {@code i} modulo the count,
 * one partition could get the longer articles and finish last).
 */
public class RecordPartitioner implements Partitioner {

    public static final String INDEX = "tarikh.partition.index";
    public static final String COUNT = "tarikh.partition.count";
    /**
     * How the records are shared ({@link ArticleSource.Split}'s name). A partition whose context has
     * none was created before sizes counted (a run started by an older Tarikh, restarted): it keeps
     * {@link ArticleSource.Split#POSITION}, so that its read count still means the same records.
     */
    public static final String SPLIT = "tarikh.partition.split";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt(INDEX, i);
            ctx.putInt(COUNT, gridSize);
            ctx.putString(SPLIT, ArticleSource.Split.SIZE.name());
            partitions.put("partition" + i, ctx);
        }
        return partitions;
    }
}
