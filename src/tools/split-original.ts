/** A pasted text split the way the site stores it. */
interface SplitOriginal {
  /** Every non-empty line, in order: one paragraph each. */
  paragraphs: string[];
  /** The text of a closing `Original: ` line (where the text says it came from), if any. */
  asWritten?: string;
  /** The text of a closing `Statement: ` line (the publisher's disclaimer), if any. */
  statement?: string;
}

/**
 * Splits an original text into paragraphs (each non-empty line) and takes out the `Original: `
 * and `Statement: ` lines, which the frontmatter carries as `source.asWritten` and `disclaimer`.
 * `npm run check:content` reads `content/originals/<slug>.txt` the same way.
 *
 * @example
 *   splitOriginal('Title\n\nBody.\nOriginal: example.org/a\n')
 *   // { paragraphs: ['Title', 'Body.'], asWritten: 'example.org/a' }
 */
export function splitOriginal(text: string): SplitOriginal {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const take = (prefix: string): string | undefined => {
    const index = lines.findIndex((line) => line.startsWith(prefix));
    return index === -1 ? undefined : lines.splice(index, 1)[0]?.slice(prefix.length);
  };
  const asWritten = take('Original: ');
  const statement = take('Statement: ');
  return {
    paragraphs: lines,
    ...(asWritten === undefined ? {} : { asWritten }),
    ...(statement === undefined ? {} : { statement }),
  };
}
