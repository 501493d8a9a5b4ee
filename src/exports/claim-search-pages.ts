import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { STATUS_LABELS } from '../analysis/claim-labels.ts';
import { nameInSentence } from '../render/actor-labels.ts';
import { verdictSentence, verdictView } from '../render/verdict.ts';
import type { ActorRecord } from './actor-records.ts';
import type { ArticleRecord } from './article-records.ts';
import type { ClaimRecord } from './claim-records.ts';

/** A page for the search index only: where a result opens, and the HTML Pagefind reads. */
interface SearchPage {
  /** Root-relative, with the claim's fragment: `/articles/<slug>/#claim-<id>`. */
  url: string;
  html: string;
}

const el = (
  tagName: string,
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * One search-index page per claim, so a search for a claim's words finds the claim itself and the
 * result opens the article at `#claim-<id>`. The title is the verdict and the claim's words; the
 * body holds the claim's words, the verdict with its one-line finding, the claimant and the
 * article, and the note (HTML that came out of the
 * sanitising pipeline, passed through as is). The title is the result's heading only: it is not
 * indexed, so a search for the article's title does not return every one of its claims.
 *
 * @example
 *   claimSearchPages(claims, articles, actors)[0].url
 *   // '/articles/japan-india-rare-earths/#claim-india-has-what-japan-wants'
 */
export function claimSearchPages(
  claims: readonly ClaimRecord[],
  articles: readonly ArticleRecord[],
  actors: readonly ActorRecord[],
): SearchPage[] {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return claims.map((claim) => {
    const articleTitle = titles.get(claim.article);
    if (articleTitle === undefined)
      throw new Error(
        `claim ${claim.key} names article "${claim.article}", which is not in articles.json`,
      );
    const body: ElementContent[] = [
      // The result's title, kept out of the indexed words: else every claim would match the article's title.
      el('h1', [text(`${STATUS_LABELS[claim.status].label}: “${claim.text}”`)], {
        dataPagefindMeta: 'title',
        dataPagefindIgnore: '',
      }),
      el('blockquote', [el('p', [text(claim.text)])]),
      // The verdict and finding come first, so a result's excerpt carries them.
      el('p', [text(verdictSentence(verdictView(claim)))]),
      el('p', [
        text(
          `Claimed by ${nameInSentence(names.get(claim.claimant) ?? claim.claimant)} ` +
            `(${claim.type}), in “${articleTitle}”.`,
        ),
      ]),
      ...(claim.noteHtml ? [{ type: 'raw', value: claim.noteHtml } as const] : []),
    ];
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'html',
          properties: { lang: 'en' },
          children: [el('body', [el('main', body)])],
        },
      ],
    };
    const url = new URL(claim.articleUrl);
    return {
      url: `${url.pathname}${url.hash}`,
      html: `<!doctype html>${toHtml(tree, { allowDangerousHtml: true })}`,
    };
  });
}
