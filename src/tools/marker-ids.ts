import { slug } from 'github-slugger';
import { isValidId } from '../analysis/ids.ts';

const MAX_LENGTH = 48;

/**
 * A fresh id for a proposed marker: github-slugger's slug of the first words of `text`, cut at a
 * hyphen to at most 48 characters, with `-2`, `-3`… when `taken` has it. Adds the id to `taken`.
 *
 * @example
 *   freshId('The next day, the association warned', new Set(), 'event') // 'the-next-day-the-association-warned'
 */
export function freshId(text: string, taken: Set<string>, fallback: string): string {
  let base = slug(text.split(/\s+/).slice(0, 7).join(' ')).replace(/^-+|-+$/g, '');
  if (base.length > MAX_LENGTH) base = base.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  if (!isValidId(base)) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id) || !isValidId(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
