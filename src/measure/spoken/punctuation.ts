/**
 * The punctuation around a token that is kept, not said: one definition for the line reader's tokens
 * (index.ts PRE and POST) and the raised figures' look at a line (raised.ts AROUND). Character-class
 * sources (for `[…]` in a pattern), not patterns: each user builds the pattern it needs. Pure.
 */

/** Opening punctuation: brackets, Spanish ¿ ¡, and every opening quote (English “ ‘, French and Swiss « ‹, German „ ‚ » ›). */
export const OPENING = '(\\[«“‘"¿¡„‚»›‹';

/** Closing punctuation: the stops and the closing quotes (German closes „ with “ and ‚ with ‘, » with «). */
export const CLOSING = '.,;:!?)\\]»”’"…“‘«‹›';
