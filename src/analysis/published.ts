import type { Corpus } from './load-corpus.ts';
import type { Article } from './schema/entries.ts';

/** A draft a build leaves out: its file and how many things are still to write. */
interface UnpublishedDraft {
  path: string;
  toWrite: number;
}

/**
 * What a build publishes: the corpus without its drafts (their claims and events with them),
 * without the actors only drafts refer to (a new article's author, say) and without the actors
 * still to describe, which only drafts may refer to. Every output reads this corpus, so nothing
 * of a draft reaches a page, an export, a feed, the sitemap, the search index or a share image.
 *
 * @example
 *   publishedOnly(loadCorpus('content')).drafts // [{ path: 'content/articles/new.md', toWrite: 3 }]
 */
export function publishedOnly(corpus: Corpus): { corpus: Corpus; drafts: UnpublishedDraft[] } {
  const drafts = new Set(corpus.articles.filter((a) => a.draft).map((a) => a.id));
  if (drafts.size === 0 && !corpus.actors.some((a) => a.toDescribe)) return { corpus, drafts: [] };
  const published = corpus.articles.filter((a) => !drafts.has(a.id));
  const claims = corpus.claims.filter((c) => !drafts.has(c.article));
  const events = corpus.events.filter((e) => !drafts.has(e.article));
  const inDrafts = actorsOf(corpus, (article) => drafts.has(article));
  const inPublished = actorsOf(corpus, (article) => !drafts.has(article));
  return {
    corpus: {
      articles: published,
      claims,
      events,
      actors: corpus.actors.filter(
        (a) => !a.toDescribe && !(inDrafts.has(a.id) && !inPublished.has(a.id)),
      ),
    },
    drafts: corpus.articles.flatMap((a) =>
      a.draft ? [{ path: a.draft.path, toWrite: a.draft.toWrite.length }] : [],
    ),
  };
}

/**
 * The line a build prints for a draft it leaves out.
 *
 * @example
 *   draftLine({ path: 'content/articles/x.md', toWrite: 3 })
 *   // 'draft, not published: content/articles/x.md, 3 things to write'
 */
export function draftLine({ path, toWrite }: UnpublishedDraft): string {
  return `draft, not published: ${path}, ${toWrite} thing${toWrite === 1 ? '' : 's'} to write`;
}

/** The ids of the actors some articles refer to: as author, claimant, subject, participant or mention. */
function actorsOf(corpus: Corpus, of: (article: Article['id']) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const article of corpus.articles.filter((a) => of(a.id))) {
    ids.add(article.author);
    for (const mention of article.mentions) ids.add(mention.actor);
  }
  for (const claim of corpus.claims.filter((c) => of(c.article)))
    for (const id of [claim.claimant, ...claim.about]) ids.add(id);
  for (const event of corpus.events.filter((e) => of(e.article)))
    for (const id of event.actors) ids.add(id);
  return ids;
}
