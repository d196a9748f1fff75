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
 */
public class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private final List<Path> inputs;
    private ArticleSource source;

    public ArticleItemReader(List<Path> inputs) {
        this.inputs = List.copyOf(inputs);
        setName("articles");
    }

    @Override
    protected void doOpen() {
        source = new ArticleSource(inputs);
    }

    @Override
    protected SourceRecord doRead() {
        return source.hasNext() ? source.next() : null;
    }

    @Override
    protected void doClose() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
