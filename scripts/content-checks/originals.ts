import { existsSync, readFileSync } from 'node:fs';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import type { Article } from '../../src/analysis/schema/entries.ts';
import { BLOCK_SEPARATOR } from '../../src/analysis/text-blocks.ts';
import { splitOriginal } from '../../src/tools/split-original.ts';
import {
  articleFile,
  findingAt,
  originalFile,
  type CheckedContent,
  type Finding,
} from './finding.ts';

/**
 * The article's text as a reader's browser holds it: each rendered block's text, blocks apart as
 * in the selectors' plain text. The claim numbers the site adds (`sup.claim-ref`) are left out:
 * they are the site's apparatus, not the article's words, and a selector never counts them.
 */
function renderedText(blocks: readonly string[]): string {
  return blocks
    .map((html) => {
      const tree = fromHtml(html, { fragment: true });
      const isClaimNumber = (node: Nodes): boolean =>
        node.type === 'element' &&
        node.tagName === 'sup' &&
        String(node.properties['className']).includes('claim-ref');
      remove(tree, (node) => isClaimNumber(node as Nodes));
      return toString(tree);
    })
    .join(BLOCK_SEPARATOR);
}

/** The article's words are evidence: with the markers stripped, the original survives whole. */
function textKept(dir: string, article: Article): Finding[] {
  const file = originalFile(dir, article.id);
  if (!existsSync(file))
    return [
      findingAt(
        articleFile(dir, article.id),
        '',
        `${file} is missing; keep the article's original text beside it`,
      ),
    ];
  const { paragraphs, asWritten, statement } = splitOriginal(readFileSync(file, 'utf8'));
  const text = article.plainText.split(BLOCK_SEPARATOR);
  const findings: Finding[] = [];
  const count = Math.max(paragraphs.length, text.length);
  for (let i = 0; i < count; i++) {
    if (paragraphs[i] === text[i]) continue;
    findings.push(
      findingAt(
        file,
        paragraphs[i] ?? '',
        `paragraph ${i + 1} of the article no longer reads as the original: ` +
          `${JSON.stringify(text[i] ?? '(missing)')}; ` +
          `restore the original's words in ${articleFile(dir, article.id)}`,
      ),
    );
    break;
  }
  if (asWritten !== article.source.asWritten)
    findings.push(
      findingAt(file, 'Original: ', `source.asWritten is not the original's "Original:" line`),
    );
  if (statement !== article.disclaimer)
    findings.push(
      findingAt(file, 'Statement: ', `disclaimer is not the original's "Statement:" line`),
    );
  return findings;
}

/** Each claim and event marker yields one record and one element, and re-anchors in the page. */
function anchorsHold(dir: string, article: Article, content: CheckedContent): Finding[] {
  const file = articleFile(dir, article.id);
  const html = article.blocks.map((block) => block.html).join('\n');
  const page = renderedText(article.blocks.map((block) => block.html));
  const entries = [
    ...content.corpus.claims
      .filter((c) => c.article === article.id)
      .map((c) => ['claim', c] as const),
    ...content.corpus.events
      .filter((e) => e.article === article.id)
      .map((e) => ['event', e] as const),
  ];
  const findings: Finding[] = [];
  for (const [kind, { id, selector }] of entries) {
    const where = (what: string) => findingAt(file, `{#${id}`, `${kind} "${id}" ${what}`);
    if (html.split(`id="${kind}-${id}"`).length !== 2)
      findings.push(where('is not exactly one element of the page'));
    const quote = selector.prefix + selector.exact + selector.suffix;
    const at = page.indexOf(quote);
    if (at === -1 || at + selector.prefix.length !== selector.start)
      findings.push(where('cannot be found again in the page text at its selector'));
    else if (page.indexOf(quote, at + 1) !== -1)
      findings.push(where('is ambiguous: its selector matches twice in the page text'));
  }
  return findings;
}

/** Nothing lost between the original text, the Markdown and the rendered page. */
export function originalsKept(content: CheckedContent): Finding[] {
  return content.corpus.articles.flatMap((article) => [
    ...textKept(content.dir, article),
    ...anchorsHold(content.dir, article, content),
  ]);
}
