import { loadTimeline } from './load-timeline.ts';
import { withArticleKeys } from '../../site/cache-keys.ts';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';

/** One article's timeline scope: its events and the names its pages show. */
export type ArticleScope = {
  slug: string;
  title: string;
  scope: ArticleEvent[];
  actorNames: Map<string, string>;
};

/** A scope per article, including articles without events (their timeline says so). */
export async function articleScopes(): Promise<ArticleScope[]> {
  const { events, actorNames, articleTitles } = await loadTimeline();
  const byArticle = new Map<string, ArticleEvent[]>();
  for (const event of events) {
    const group = byArticle.get(event.article);
    if (group) group.push(event);
    else byArticle.set(event.article, [event]);
  }
  return [...articleTitles].map(([slug, title]) => ({
    slug,
    title,
    scope: byArticle.get(slug) ?? [],
    actorNames,
  }));
}

/** One path per article with its scope as props: an article's timeline, its embed and the embed's oEmbed document. */
export const articleScopePaths = async () =>
  withArticleKeys(
    (await articleScopes()).map((props) => ({ params: { slug: props.slug }, props })),
  );
