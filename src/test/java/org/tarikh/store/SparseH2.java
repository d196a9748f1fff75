package org.tarikh.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes an H2 file mostly free space the way a run does: the same pages written again and again (H2's store only
 * appends), then emptied. Open the file with {@code MAX_COMPACT_TIME=0}, so that H2's own compaction at closing
 * does not shrink it before the code under test sees it.
 */
public final class SparseH2 {

    private SparseH2() {
    }

    /**
     * A table {@code churn} filled {@code rounds} times with 2,000 rows of {@code chars} characters, each round
     * checkpointed, and left empty: about {@code rounds × 2 MB × chars / 1000} of file, almost none of it live.
     */
    public static void churn(Statement s, int rounds, int chars) throws SQLException {
        s.execute("CREATE TABLE churn (id INT PRIMARY KEY, v VARCHAR(" + chars + "))");
        for (int round = 0; round < rounds; round++) { // each round's pages are written anew, the old ones left behind
            s.execute("DELETE FROM churn");
            s.execute("INSERT INTO churn SELECT X, REPEAT('x', " + chars + ") FROM SYSTEM_RANGE(1, 2000)");
            s.execute("CHECKPOINT");
        }
        s.execute("DELETE FROM churn");
    }
}
