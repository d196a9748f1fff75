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
    private final java.util.function.Supplier<InputGuard> guards;
    private ArticleSource source;
    private InputGuard guard;

    public ArticleItemReader(List<Path> inputs) {
        this(inputs, () -> new InputGuard(java.time.LocalDate.now(), Limits.DEFAULT_MAX_FUTURE_DAYS,
                Limits.DEFAULT_MAX_ARTICLE_CHARS));
    }

    /** @param guards a fresh {@link InputGuard} per open: duplicates are per run */
    public ArticleItemReader(List<Path> inputs, java.util.function.Supplier<InputGuard> guards) {
        this.inputs = List.copyOf(inputs);
        this.guards = guards;
        setName("articles");
    }

    @Override
    protected void doOpen() {
        source = new ArticleSource(inputs);
        guard = guards.get();
    }

    @Override
    protected SourceRecord doRead() {
        return source.hasNext() ? guard.check(source.next()) : null;
    }

    @Override
    protected void doClose() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
