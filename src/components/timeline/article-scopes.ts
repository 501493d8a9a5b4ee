import { loadTimeline } from './load-timeline.ts';
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
  return [...articleTitles].map(([slug, title]) => ({ slug, title, scope: events.filter((e) => e.article === slug), actorNames }));
}
