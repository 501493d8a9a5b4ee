import { mentionAnchor } from '../analysis/ids.ts';
import type { Article } from '../analysis/schema/entries.ts';
import { sentenceAround } from '../analysis/sentences.ts';
import { BLOCK_SEPARATOR } from '../analysis/text-blocks.ts';
import { articlePath } from '../analysis/urls.ts';

/** One place an article names an actor: the sentence around it, and a link to the very words. */
interface ActorMention {
  /** `/articles/<slug>/#mention-<actor>-<n>`: the mention's own anchor in the article text. */
  href: string;
  /** The sentence that names the actor, split around the name; `…` where it was shortened. */
  before: string;
  text: string;
  after: string;
}

/** The mentions of an actor in one article, with the way back to the article. */
export interface ArticleMentions {
  article: { id: string; title: string; href: string };
  mentions: ActorMention[];
}

/** Words of context kept on each side of a name in a long sentence. */
const CONTEXT = 90;

/** The sentence of `paragraph` that holds `text` starting at `at`, split around it. */
function inSentence(paragraph: string, at: number, text: string): Omit<ActorMention, 'href'> {
  const end = at + text.length;
  const { start: from, end: to } = sentenceAround(paragraph, at, end);
  const start = Math.max(from, at - CONTEXT);
  const stop = Math.min(to, end + CONTEXT);
  return {
    before: `${start > from ? '…' : ''}${paragraph.slice(start, at).trimStart()}`,
    text: paragraph.slice(at, end),
    after: `${paragraph.slice(end, stop)}${stop < to ? '…' : ''}`,
  };
}

/**
 * Every place the articles name `actor`, article by article, in reading order: each with the
 * sentence it stands in (the article's words, unaltered, shortened only with "…") and a link to
 * the mention's anchor in the article text.
 *
 * @example
 *   actorMentions(articles, 'canada')[0]?.mentions[0]?.href
 *   // '/articles/japan-india-rare-earths/#mention-canada-1'
 */
export function actorMentions(articles: Iterable<Article>, actor: string): ArticleMentions[] {
  const found: ArticleMentions[] = [];
  for (const article of articles) {
    const paragraphs = article.plainText.split(BLOCK_SEPARATOR);
    // Mentions come in reading order: each is found after the one before it in its paragraph.
    const cursor = new Map<number, number>();
    const counts = new Map<string, number>();
    const mentions: ActorMention[] = [];
    for (const mention of article.mentions) {
      const n = (counts.get(mention.actor) ?? 0) + 1;
      counts.set(mention.actor, n);
      const paragraph = paragraphs[mention.paragraph] ?? '';
      const at = paragraph.indexOf(mention.text, cursor.get(mention.paragraph) ?? 0);
      if (at >= 0) cursor.set(mention.paragraph, at + mention.text.length);
      if (mention.actor !== actor) continue;
      const words =
        at >= 0
          ? inSentence(paragraph, at, mention.text)
          : { before: '', text: mention.text, after: '' };
      mentions.push({ href: `${articlePath(article.id)}#${mentionAnchor(actor, n)}`, ...words });
    }
    if (mentions.length > 0)
      found.push({
        article: { id: article.id, title: article.title, href: articlePath(article.id) },
        mentions,
      });
  }
  return found;
}
