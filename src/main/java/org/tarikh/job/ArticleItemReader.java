package org.tarikh.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.SourceRecord;

/**
 * Streams articles and rejections from the job's inputs. Restartable: the count of records
 * read is saved with each committed chunk, and a restart skips that many records of the same,
 * stably ordered input.
 * <p>
 * In a partitioned step, the reader of partition {@code index} of {@code count} yields only the
 * records whose position in the input is {@code index} modulo {@code count}; its read count
 * (and so its restart point) is its own.
 */
public class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private final List<Path> inputs;
    private final int partition;
    private final int partitions;
    private ArticleSource source;
    private long position;

    public ArticleItemReader(List<Path> inputs) {
        this(inputs, 0, 1);
    }

    public ArticleItemReader(List<Path> inputs, int partition, int partitions) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("partition " + partition + " of " + partitions);
        }
        this.inputs = List.copyOf(inputs);
        this.partition = partition;
        this.partitions = partitions;
        setName("articles");
    }

    @Override
    protected void doOpen() {
        source = new ArticleSource(inputs);
        position = 0;
    }

    @Override
    protected SourceRecord doRead() {
        while (source.hasNext()) {
            SourceRecord r = source.next();
            if (position++ % partitions == partition) {
                return r;
            }
        }
        return null;
    }

    @Override
    protected void doClose() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
