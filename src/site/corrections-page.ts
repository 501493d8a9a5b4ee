import { withOutcomes } from '../analysis/check-updates.ts';
import { articlePath, claimPath } from '../analysis/urls.ts';
import { updateSentence, updateViews, type UpdateView } from '../render/update-log.ts';
import type { SiteData } from './site-data.ts';

/** One correction, update or rating change on the corrections page and in its feed. */
interface CorrectionItem extends UpdateView {
  /** The claim page it concerns, or the article page for an article-wide entry. */
  href: string;
  /** What it concerns: "Claim 3: “…”" or the article's title. */
  subject: string;
  articleTitle: string;
  sentence: string;
}

/**
 * Every entry of every updates log on the site, newest first; on the same day, article by
 * article and in reading order.
 *
 * @example
 *   correctionItems(buildSiteData(corpus))[0]?.sentence
 *   // 'Updated 29 November 2026: rating changed from Unverified to Supported. The report was found.'
 */
export function correctionItems(data: SiteData): CorrectionItem[] {
  const items: (CorrectionItem & { order: string })[] = [];
  for (const article of data.articles.values()) {
    updateViews(article.updates).forEach((view, at) => {
      items.push({
        ...view,
        href: `${articlePath(article.id)}#${view.anchor}`,
        subject: `The analysis of “${article.title}”`,
        articleTitle: article.title,
        sentence: updateSentence(view),
        order: `${article.id}\0${String(0).padStart(6, '0')}\0${String(at).padStart(4, '0')}`,
      });
    });
    for (const claim of data.byArticle.get(article.id)?.claims ?? [])
      updateViews(withOutcomes(claim.updates, claim.status)).forEach((view, at) => {
        items.push({
          ...view,
          href: `${claimPath(article.id, claim.id)}#${view.anchor}`,
          subject: `Claim ${claim.number}: “${claim.text}”`,
          articleTitle: article.title,
          sentence: updateSentence(view),
          order: `${article.id}\0${String(claim.number).padStart(6, '0')}\0${String(at).padStart(4, '0')}`,
        });
      });
  }
  return items
    .sort((a, b) => b.date.localeCompare(a.date) || a.order.localeCompare(b.order))
    .map(({ order: _, ...item }) => item);
}
