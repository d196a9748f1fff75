package org.tarikh.eval;

/**
 * One disagreement between a system and the gold, for the error list.
 *
 * @param kind     {@code missed}, {@code spurious}, {@code spurious-on-trap}, or a {@code +}-joined
 *                 combination of {@code extent}, {@code type}, {@code value} for a relaxed match
 * @param expected gold "text type value [mod]" (null for spurious)
 * @param got      system "text type value [mod]" (null for missed)
 */
public record EvalError(String doc, String kind, int begin, int end, String expected, String got) {
}
