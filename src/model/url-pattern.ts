import { INVISIBLE } from './url.js'

/**
 * The URL rule as a JSON Schema `pattern` (ECMA-262 syntax), equivalent to
 * {@link checkUrl}: an allowed scheme with something after it, or no scheme
 * at all; no whitespace, control or invisible formatting characters; no
 * character reference before the path.
 */
export const URL_PATTERN = `^(?![^/?]*&(?:#\\d+|#[xX][\\da-fA-F]+|[A-Za-z][A-Za-z\\d]*);?)(?:[hH][tT][tT][pP][sS]?://[^/?#${INVISIBLE}]|[mM][aA][iI][lL][tT][oO]:[^${INVISIBLE}]|[tT][eE][lL]:[^${INVISIBLE}]|(?![^/?#]*:))[^${INVISIBLE}]*$`

/** {@link URL_PATTERN} for canonical URLs: absolute `http:` or `https:` with a host. */
export const ABSOLUTE_URL_PATTERN = `^[hH][tT][tT][pP][sS]?://[^/?#${INVISIBLE}][^${INVISIBLE}]*$`
