package org.tarikh.annotate.grammar;

import org.apache.uima.fit.component.Resource_ImplBase;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceSpecifier;

import java.util.Map;

/**
 * The date grammar as a UIMA shared resource: built once per pipeline, declared in the
 * pipeline's description instead of living in a static.
 */
public class DateGrammarResource extends Resource_ImplBase {

    private DateGrammar grammar;

    @Override
    public boolean initialize(ResourceSpecifier spec, Map<String, Object> params)
            throws ResourceInitializationException {
        if (!super.initialize(spec, params)) {
            return false;
        }
        grammar = new DateGrammar();
        return true;
    }

    public DateGrammar get() {
        return grammar;
    }
}
