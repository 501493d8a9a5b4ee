import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { quoteValue } from './quote-value.ts';

// One policy for every URL content can hold, wherever it is written (article body, notes, actor
// descriptions, identification notes, disclaimers): the build refuses what the sanitiser would
// otherwise drop without a word. The sanitiser (src/markdown/sanitize-schema.ts) stays as the
// last defence and agrees with these rules, so it never has work to do on valid content.

/** A base no real URL has, to tell a relative URL (it resolves here) from one that leaves. */
const HERE = 'https://this-site.invalid/';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Why a link target is refused, or undefined: links may use http:, https: or mailto:, or be
 * relative. `URL` parsing normalises case, whitespace and entities first (`JaVa\tScRiPt:`).
 *
 * @example
 *   linkProblem('javascript:alert(1)') // 'link to "javascript:alert(1)" is not allowed; …'
 */
function linkProblem(url: string): string | undefined {
  const parsed = URL.parse(url, HERE);
  if (parsed && LINK_PROTOCOLS.has(parsed.protocol)) return undefined;
  return `link to ${quoteValue(url)} is not allowed; links may use http:, https: or mailto:`;
}

/**
 * Why an image source is refused, or undefined: pages load nothing from other origins, so an image
 * is a path on this site, never an absolute URL, a `//host` path or a `data:` URL.
 */
function imageProblem(url: string): string | undefined {
  const parsed = URL.parse(url, HERE);
  if (parsed && parsed.origin === new URL(HERE).origin && !URL.canParse(url)) return undefined;
  const what =
    parsed?.protocol === 'data:'
      ? `an image given as a data: URL (${quoteValue(url)})`
      : `an image from another site (${quoteValue(url)})`;
  return `${what} is not allowed; pages load nothing from other origins: serve images from this site (a relative path)`;
}

/** The problem with a link, image or definition node's URL, if it has one. */
export function nodeUrlProblem(node: Nodes): string | undefined {
  if (node.type === 'image') return imageProblem(node.url);
  if (node.type === 'link' || node.type === 'definition') return linkProblem(node.url);
  return undefined;
}

/** A refused URL, the field it is in and the rule id of its message. */
interface UrlProblem {
  path: PropertyKey[];
  problem: string;
  rule: 'unsafe-url' | 'external-resource';
}

/** The rule id a refused URL is reported under: images load resources, links only point. */
export const urlRule = (node: Nodes): UrlProblem['rule'] =>
  node.type === 'image' ? 'external-resource' : 'unsafe-url';

const parser = unified().use(remarkParse).freeze();

/**
 * Every refused URL in a short Markdown text (a note, a disclaimer), in order.
 *
 * @example
 *   markdownUrlProblems('[more](javascript:alert(1))')
 *   // [{ problem: 'link to "javascript:alert(1)" is not allowed; …', rule: 'unsafe-url' }]
 */
function markdownUrlProblems(markdown: string): Omit<UrlProblem, 'path'>[] {
  const problems: Omit<UrlProblem, 'path'>[] = [];
  visit(parser.parse(markdown) as Root, (node) => {
    const problem = nodeUrlProblem(node);
    if (problem) problems.push({ problem, rule: urlRule(node) });
  });
  return problems;
}

/** Frontmatter fields whose text may hold Markdown links (notes, summaries, disclaimers). */
const TEXT_FIELDS = new Set(['note', 'summary', 'disclaimer']);

/**
 * Every refused URL in the text fields of validated frontmatter, with the path of its field. Only a
 * text with a `:` or `//` is parsed: a refused URL always has one.
 *
 * @example
 *   frontmatterUrlProblems({ claims: { c1: { note: '[x](javascript:0)' } } })
 *   // [{ path: ['claims', 'c1', 'note'], problem: 'link to "javascript:0" is not allowed; …', rule: 'unsafe-url' }]
 */
export function frontmatterUrlProblems(data: unknown): UrlProblem[] {
  const found: UrlProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const key = path.at(-1);
      if (typeof key === 'string' && TEXT_FIELDS.has(key) && /:|\/\//.test(value))
        for (const { problem, rule } of markdownUrlProblems(value))
          found.push({ path, problem, rule });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}
