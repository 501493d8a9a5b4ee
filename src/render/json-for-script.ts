/**
 * JSON safe to place inside `<script type="application/ld+json">`: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026`, so no value can close the element or open a comment, and the
 * line separators U+2028/U+2029 are escaped too. `JSON.parse` reads it back unchanged.
 *
 * @example
 *   jsonForScript({ text: '</script><script>alert(1)</script>' })
 *   // '{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
