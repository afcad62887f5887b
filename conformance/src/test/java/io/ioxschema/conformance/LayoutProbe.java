package io.ioxschema.conformance;

/**
 * One number of a layout: what the compiler says ({@code expected}) and the C expression
 * that makes gcc compute the same number on its own.
 *
 * @param subject  where the number belongs, e.g. {@code align.iox struct AlignedFields field b}
 * @param quantity what it is: size, alignment, offset, ...
 */
record LayoutProbe(String subject, String quantity, long expected, String cExpression) {
}
