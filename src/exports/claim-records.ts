import { z } from 'zod';
import { claimAnchor } from '../analysis/ids.ts';
import { withOutcomes, lastUpdated } from '../analysis/check-updates.ts';
import { IsoDaySchema, SourceSchema } from '../analysis/schema/common.ts';
import { SelectorSchema, type Claim } from '../analysis/schema/entries.ts';
import {
  ClaimFlagSchema,
  ClaimStatusSchema,
  ClaimTypeSchema,
  UpdateKindSchema,
} from '../analysis/schema/vocabulary.ts';
import { articlePath, claimPath } from '../analysis/urls.ts';
import { AbsoluteUrlSchema, KeySchema, RefSchema } from './record-fields.ts';
import { siteUrl } from './site-url.ts';

/** One entry of an updates log as exported: a rating change also names the status it led `to`. */
export const UpdateRecordSchema = z
  .strictObject({
    date: IsoDaySchema,
    kind: UpdateKindSchema,
    from: ClaimStatusSchema.optional().describe('For a rating change: the status before it.'),
    to: ClaimStatusSchema.optional().describe('For a rating change: the status after it.'),
    note: z.string().describe('What changed and why.'),
  })
  .describe('One correction, update or rating change.');

/**
 * One update as a line of plain text, for the CSV and the annotations.
 *
 * @example
 *   updateLine({ date: '2026-11-29', kind: 'rating-change', from: 'unverified', to: 'supported', note: 'Found.' })
 *   // '2026-11-29 rating-change unverified→supported: Found.'
 */
export function updateLine(update: z.output<typeof UpdateRecordSchema>): string {
  const change = update.from ? ` ${update.from}→${update.to ?? ''}` : '';
  return `${update.date} ${update.kind}${change}: ${update.note}`;
}

/** One claim in `/data/claims.json`. */
export const ClaimRecordSchema = z
  .strictObject({
    id: RefSchema.describe('Unique within its article.'),
    key: KeySchema,
    url: AbsoluteUrlSchema.describe('The claim page on this site.'),
    articleUrl: AbsoluteUrlSchema.describe('The claim in place in its article (`#claim-<id>`).'),
    article: RefSchema.describe('Id of the article (articles.json).'),
    number: z
      .number()
      .int()
      .positive()
      .describe('1-based position in reading order; the note number.'),
    text: z.string().min(1).describe("The claim's words, exactly as the article gives them."),
    type: ClaimTypeSchema,
    claimant: RefSchema.describe('Actor id of who makes the claim (actors.json).'),
    status: ClaimStatusSchema,
    note: z.string().optional().describe('The analysis, as written (Markdown).'),
    noteHtml: z.string().optional().describe('The analysis, as sanitised HTML.'),
    finding: z
      .string()
      .max(140)
      .optional()
      .describe('The verdict in one sentence; present on every claim with a verdict.'),
    sources: z.array(SourceSchema),
    about: z.array(RefSchema).describe('Actor ids the claim is about.'),
    events: z
      .array(RefSchema)
      .describe('Event ids (events.json, same article) the claim concerns.'),
    flags: z.array(ClaimFlagSchema),
    selector: SelectorSchema.describe(
      "Where the claim is in the article's plainText: exact words, up to 32 characters either side, " +
        'and [start, end) offsets in UTF-16 code units.',
    ),
    paragraph: z
      .number()
      .int()
      .nonnegative()
      .describe('Index of the text block that holds the claim.'),
    context: z.string().describe('The whole text block, for context.'),
    updates: z
      .array(UpdateRecordSchema)
      .describe('Corrections, updates and rating changes of this claim, newest first.'),
    modified: IsoDaySchema.optional().describe('The day of the newest update, if any.'),
  })
  .describe("A claim an article makes, with ClaimLens's analysis of it.");
export type ClaimRecord = z.output<typeof ClaimRecordSchema>;

/** Article by article, claims in reading order. */
export const byReadingOrder = (a: Claim, b: Claim): number =>
  a.article.localeCompare(b.article) || a.number - b.number;

/**
 * The claims export: every claim in reading order with its page URL, its place in the article and references by id.
 *
 * @example
 *   claimRecords(corpus.claims, site)[0].articleUrl
 *   // 'https://claimlens.example/articles/japan-india-rare-earths/#claim-india-has-what-japan-wants'
 */
export function claimRecords(claims: readonly Claim[], site: URL): ClaimRecord[] {
  return [...claims].sort(byReadingOrder).map((claim) => ({
    id: claim.id,
    key: `${claim.article}/${claim.id}`,
    url: siteUrl(site, claimPath(claim.article, claim.id)),
    articleUrl: siteUrl(site, articlePath(claim.article), claimAnchor(claim.id)),
    article: claim.article,
    number: claim.number,
    text: claim.text,
    type: claim.type,
    claimant: claim.claimant,
    status: claim.status,
    ...(claim.note !== undefined && { note: claim.note }),
    ...(claim.noteHtml !== undefined && { noteHtml: claim.noteHtml }),
    ...(claim.finding !== undefined && { finding: claim.finding }),
    sources: claim.sources,
    about: claim.about,
    events: claim.events,
    flags: claim.flags,
    selector: claim.selector,
    paragraph: claim.paragraph,
    context: claim.paragraphText,
    updates: withOutcomes(claim.updates, claim.status),
    ...(claim.updates.length > 0 && { modified: lastUpdated(claim.updates) }),
  }));
}
