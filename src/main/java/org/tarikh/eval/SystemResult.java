package org.tarikh.eval;

import java.util.List;
import java.util.Map;

/**
 * What one system scored on the gold set.
 *
 * @param failures document id → why the system produced nothing for it
 */
public record SystemResult(String name, String note, int documents, Map<String, String> failures, Scorer scores,
        List<EvalError> errors, long millis) {
}
