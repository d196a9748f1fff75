package org.tarikh.job;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.tarikh.StageEvent;

/**
 * The chunk step's transaction manager, unchanged, with each commit recorded as a
 * {@link StageEvent#COMMIT} event while a flight recording wants it (the time the database takes
 * to make a chunk durable).
 */
final class TimedCommits implements PlatformTransactionManager {

    private final PlatformTransactionManager delegate;

    TimedCommits(PlatformTransactionManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        return delegate.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
        StageEvent e = StageEvent.start(StageEvent.COMMIT);
        try {
            delegate.commit(status);
        } finally {
            StageEvent.end(e);
        }
    }

    @Override
    public void rollback(TransactionStatus status) {
        delegate.rollback(status);
    }
}
