import { STATUS_LABELS, TYPE_LABELS } from '../analysis/claim-labels.ts';
import { articlePath, articleTimelinePath } from '../analysis/urls.ts';
import { articleActors } from '../render/article-actors.ts';
import { articleCard, type ArticleCard } from '../render/article-card.ts';
import { countClaims } from '../render/claim-stats.ts';
import { counted } from '../render/counted.ts';
import { formatDate } from '../render/event-dates.ts';
import type { SiteData } from './site-data.ts';

/** One article on the home page: our verdict first, the headline quoted, the counts in words. */
type HomeArticle = {
  id: string;
  href: string;
  timelineHref: string;
  card: ArticleCard;
  publisher: string;
  analysed: string;
  analysedLabel: string;
  translation: string | undefined;
  /** "19 claims: 6 factual, …; 3 misleading, …. 12 events, 19 actors." */
  counts: string;
};

/** The view model of the home page. */
type HomePage = {
  articles: HomeArticle[];
  /** "19 actors across 1 article", counted as each article's line counts them. */
  actors: string;
};

/**
 * The home page: the articles, newest analysis first, each led by our verdict.
 *
 * @example
 *   homePage(data).articles[0]?.card.verdict // 'Accurate on the ban, misleading on the G7 …'
 */
export function homePage(data: SiteData): HomePage {
  const { articles } = data.corpus;
  const all = new Set<string>();
  const sorted = [...articles].sort(
    (a, b) => b.analysed.localeCompare(a.analysed) || a.title.localeCompare(b.title),
  );
  return {
    articles: sorted.map((article) => {
      const { claims, events } = data.byArticle.get(article.id) ?? { claims: [], events: [] };
      const actors = articleActors(article.mentions, claims, events);
      actors.forEach((id) => all.add(id));
      const { byType, byStatus } = countClaims(claims);
      const types = byType.map(([type, n]) => `${n} ${TYPE_LABELS[type].label.toLowerCase()}`);
      const statuses = byStatus.map(([s, n]) => `${n} ${STATUS_LABELS[s].label.toLowerCase()}`);
      return {
        id: article.id,
        href: articlePath(article.id),
        timelineHref: articleTimelinePath(article.id),
        card: articleCard(article, claims),
        publisher: article.source.publisher,
        analysed: article.analysed,
        analysedLabel: formatDate({ value: article.analysed, precision: 'day' }),
        translation: article.translation && `${article.translation.kind} translation`,
        counts:
          `${counted(claims.length, 'claim')}: ${types.join(', ')}; ${statuses.join(', ')}. ` +
          `${counted(events.length, 'event')}, ${counted(actors.length, 'actor')}.`,
      };
    }),
    actors: `${counted(all.size, 'actor')} across ${counted(articles.length, 'article')}`,
  };
}
