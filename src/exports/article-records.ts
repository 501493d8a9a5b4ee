import { z } from 'zod';
import { ArticleSourceSchema, TranslationSchema } from '../analysis/schema/article-frontmatter.ts';
import { IsoDaySchema } from '../analysis/schema/common.ts';
import { MentionSchema, type Article } from '../analysis/schema/entries.ts';
import { UpdateRecordSchema } from './claim-records.ts';
import { articlePath } from '../analysis/urls.ts';
import { AbsoluteUrlSchema, RefSchema } from './record-fields.ts';
import { siteUrl } from './site-url.ts';

/** One article in `/data/articles.json`. */
export const ArticleRecordSchema = z
  .strictObject({
    id: RefSchema.describe('The article slug.'),
    url: AbsoluteUrlSchema.describe('The annotated article on this site.'),
    title: z.string(),
    summary: z.string(),
    author: RefSchema.describe('Actor id of the author (actors.json).'),
    source: ArticleSourceSchema.describe('The original publication.'),
    translation: TranslationSchema.optional(),
    disclaimer: z.string().optional(),
    analysed: IsoDaySchema.describe('The day the analysis was written (YYYY-MM-DD).'),
    assessment: z
      .strictObject({
        verdict: z.string().describe('The verdict on the article, in one line.'),
        summary: z.string().describe('The reading in 2–3 sentences, as written (Markdown).'),
        summaryHtml: z.string().describe('The summary, as sanitised HTML.'),
        key: z
          .array(RefSchema)
          .describe('Ids of the claims a reader must see first (claims.json, with this article).'),
      })
      .describe("The analyst's reading of the whole article, shown before its text."),
    plainText: z
      .string()
      .describe(
        'The text blocks joined by a blank line ("\\n\\n"): every selector points into it.',
      ),
    claims: z
      .array(RefSchema)
      .describe('Claim ids in reading order (claims.json, with this article).'),
    events: z
      .array(RefSchema)
      .describe('Event ids in telling order (events.json, with this article).'),
    actors: z
      .array(RefSchema)
      .describe('Ids of every actor the text mentions, in order of first mention.'),
    mentions: z
      .array(MentionSchema)
      .describe('Every actor mention: actor id, the words, the text block index.'),
    retired: z
      .array(z.strictObject({ id: RefSchema, to: RefSchema.optional(), note: z.string() }))
      .describe(
        'Claim ids no longer used, with the claim that replaced each (`to`), so old links can be followed.',
      ),
    updates: z
      .array(UpdateRecordSchema)
      .describe('Corrections and updates of the analysis as a whole, newest first.'),
  })
  .describe('An analysed article.');
export type ArticleRecord = z.output<typeof ArticleRecordSchema>;

/**
 * The articles export, by slug: the typed entries with canonical URLs, references by id.
 *
 * @example
 *   articleRecords(corpus.articles, new URL('https://claimlens.example'))[0].url
 *   // 'https://claimlens.example/articles/japan-india-rare-earths/'
 */
export function articleRecords(articles: readonly Article[], site: URL): ArticleRecord[] {
  return [...articles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((article) => ({
      id: article.id,
      url: siteUrl(site, articlePath(article.id)),
      title: article.title,
      summary: article.summary,
      author: article.author,
      source: article.source,
      ...(article.translation && { translation: article.translation }),
      ...(article.disclaimer !== undefined && { disclaimer: article.disclaimer }),
      analysed: article.analysed,
      assessment: article.assessment,
      plainText: article.plainText,
      claims: article.claims,
      events: article.events,
      actors: [...new Set(article.mentions.map((m) => m.actor))],
      mentions: article.mentions,
      retired: article.retired,
      updates: article.updates,
    }));
}
