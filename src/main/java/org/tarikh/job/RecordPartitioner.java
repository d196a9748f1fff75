package org.tarikh.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input into {@code gridSize} independent partitions by record number: partition
 * {@code i} takes the records whose index in the (stably ordered) input is {@code i} modulo
 * the grid size. A partition is described entirely by its execution context (index, count),
 * stored in the job repository, so each partition restarts on its own where it stopped and the
 * partitions could run on other machines (remote partitioning) reading the same inputs.
 * Interleaving records balances the work whatever the sizes of the input files.
 */
public class RecordPartitioner implements Partitioner {

    public static final String INDEX = "tarikh.partition.index";
    public static final String COUNT = "tarikh.partition.count";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt(INDEX, i);
            ctx.putInt(COUNT, gridSize);
            partitions.put("partition" + i, ctx);
        }
        return partitions;
    }
}
