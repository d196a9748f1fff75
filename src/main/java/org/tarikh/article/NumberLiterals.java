package org.tarikh.article;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Keeps the literal text of the numbers written directly in the article object being read (an
 * id {@code 1e400} stays "1e400": as a double it would be "Infinity", like {@code 1e401}).
 */
final class NumberLiterals extends JsonParserDelegate {

    private final Map<String, String> numbers = new HashMap<>();
    private int depth = -1;

    NumberLiterals(JsonParser parser) {
        super(parser);
    }

    /** The next object read is an article at this nesting depth (1 for a whole document, 2 for an array element). */
    void startArticle(int nestingDepth) {
        numbers.clear();
        depth = nestingDepth;
    }

    /** The literal number text of each field of the article just read. */
    Map<String, String> numbers() {
        return Map.copyOf(numbers);
    }

    @Override
    public JsonToken nextToken() {
        JsonToken t = super.nextToken();
        if (t != null && t.isNumeric() && depth > 0) {
            TokenStreamContext ctx = streamReadContext();
            if (ctx.inObject() && ctx.getNestingDepth() == depth && currentName() != null) {
                numbers.put(currentName(), getString());
            }
        }
        return t;
    }
}
