/** At most this many characters of any one value are quoted in a message. */
export const QUOTE_LIMIT = 200;

const plural = (n: number, one: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/**
 * Counts the scalar values under `value` without expanding it: a value that YAML aliases share is
 * counted once per place it appears, but visited once (memoised), and a cycle counts as one.
 */
function leafCount(value: unknown, memo = new Map<object, number>()): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  memo.set(value, 1);
  let total = 0;
  for (const child of Object.values(value)) total += leafCount(child, memo);
  memo.set(value, total);
  return total;
}

/** What a value is and how big, e.g. "an array of 9 items, 43,046,721 values in all". */
function sizeOfValue(value: unknown): string {
  if (typeof value === 'string') return `a string of ${plural(value.length, 'character')}`;
  if (value === null || typeof value !== 'object') return `a ${typeof value}`;
  const own = Object.keys(value).length;
  const leaves = leafCount(value);
  const head = Array.isArray(value)
    ? `an array of ${plural(own, 'item')}`
    : `a mapping of ${plural(own, 'field')}`;
  return leaves === own ? head : `${head}, ${plural(leaves, 'value')} in all`;
}

/** Drops a lone high surrogate left at the end of a cut string. */
const cut = (text: string, length: number) =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length);

/**
 * JSON-like text of `value`, written depth-first and stopped once `limit` characters are out,
 * so a huge or alias-shared value is never expanded. Returns the text and whether it was cut.
 */
function preview(value: unknown, limit: number): { text: string; complete: boolean } {
  let text = '';
  const visiting = new Set<object>();
  const write = (node: unknown): void => {
    if (text.length > limit) return;
    if (typeof node === 'string') {
      text += JSON.stringify(cut(node, limit - text.length + 2));
      return;
    }
    if (node === null || typeof node !== 'object') {
      text += String(node);
      return;
    }
    if (visiting.has(node)) {
      text += '…';
      return;
    }
    visiting.add(node);
    const array = Array.isArray(node);
    text += array ? '[' : '{';
    let first = true;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      if (text.length > limit) break;
      if (!first) text += ', ';
      first = false;
      if (!array) text += `${JSON.stringify(cut(key, limit))}: `;
      write((node as Record<string, unknown>)[key]);
    }
    text += array ? ']' : '}';
    visiting.delete(node);
  };
  write(value);
  return text.length > limit
    ? { text: `${cut(text, limit)}…`, complete: false }
    : { text, complete: true };
}

/**
 * A value as a message quotes it: JSON-like, at most `QUOTE_LIMIT` characters, and when cut,
 * followed by what it is and its size. Never expands the value, however large or aliased.
 *
 * @example
 *   quoteValue('rumour') // '"rumour"'
 *   quoteValue('x'.repeat(5000)) // '"xxx…x… (a string of 5,000 characters)', 200 characters quoted
 */
export function quoteValue(value: unknown): string {
  const { text, complete } = preview(value, QUOTE_LIMIT);
  return complete ? text : `${text} (${sizeOfValue(value)})`;
}

/**
 * Text as a message shows it unquoted (a field path, a key): whole up to `QUOTE_LIMIT` characters,
 * else cut there with its length.
 *
 * @example
 *   clipForMessage('claims.c1.type') // 'claims.c1.type'
 */
export function clipForMessage(text: string): string {
  return text.length <= QUOTE_LIMIT
    ? text
    : `${cut(text, QUOTE_LIMIT)}… (${plural(text.length, 'character')})`;
}
