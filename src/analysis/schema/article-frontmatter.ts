import { z } from 'zod';
import { quoteValue } from '../quote-value.ts';
import { strictObject } from './strict-object.ts';
import { IdSchema, idRecord, IsoDaySchema, SafeUrlSchema, SourceSchema } from './common.ts';
import {
  ClaimFlagSchema,
  ClaimStatusSchema,
  ClaimTypeSchema,
  EventTypeSchema,
} from './vocabulary.ts';
import { isDuration, parseDateValue } from '../dates.ts';
import { AssessmentSchema, FindingSchema } from './assessment.ts';
import { UpdatesSchema } from './updates.ts';

/** A date as written in frontmatter: `2026`, `2026-01` or `2026-01-19` (YAML may read `2026` as a number). */
const DateInputSchema = z.union([z.string(), z.number()]).superRefine((value, ctx) => {
  const parsed = parseDateValue(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
});

/** An ISO 8601 duration such as `P1D` or `PT3H`. */
const DurationSchema = z.string().refine(isDuration, {
  error: (issue) =>
    `${quoteValue(issue.input)} is not an ISO 8601 duration: write e.g. P1D (a day), PT3H (three hours), P3D`,
});

/**
 * The analysis of one claim, keyed by the claim's id in `claims:`. `type`, `claimant` and `status`
 * may be given inline on the marker instead, but never in both places.
 */
const ClaimFrontmatterSchema = strictObject({
  type: ClaimTypeSchema.optional(),
  claimant: z.union([IdSchema, z.literal('author')]).optional(),
  // YAML reads a bare `false` as a boolean; the author plainly meant the status "false".
  status: z
    .preprocess((value) => (value === false ? 'false' : value), ClaimStatusSchema)
    .optional(),
  note: z.string().optional(),
  finding: FindingSchema.optional(),
  sources: z.array(SourceSchema).optional(),
  about: z.array(IdSchema).optional(),
  events: z.array(IdSchema).optional(),
  flags: z.array(ClaimFlagSchema).optional(),
  /** Corrections, updates and rating changes, newest first. */
  updates: UpdatesSchema.optional(),
});
export type ClaimFrontmatter = z.output<typeof ClaimFrontmatterSchema>;

/** The documented record of an event, where it differs from the article's telling. */
const DocumentedDateSchema = strictObject({
  date: DateInputSchema,
  approximate: z.boolean().optional(),
  note: z.string().optional(),
  sources: z.array(SourceSchema).min(1, { error: 'a documented date needs at least one source' }),
});

/** One event the article states, keyed by id in `events:`. */
const EventFrontmatterSchema = strictObject({
  summary: z.string().min(1).optional(),
  type: EventTypeSchema.optional(),
  date: DateInputSchema.optional(),
  approximate: z.boolean().optional(),
  /** The event this one is counted from, forward by `offset`. */
  after: IdSchema.optional(),
  /** The event this one is counted back from, by `offset`: the readable form of a negative offset. */
  before: IdSchema.optional(),
  offset: DurationSchema.optional(),
  actors: z.array(IdSchema).optional(),
  documented: DocumentedDateSchema.optional(),
  note: z.string().optional(),
});
export type EventFrontmatter = z.output<typeof EventFrontmatterSchema>;

/** Where a retired claim id now lives, so old links never land on nothing. */
const RetiredSchema = strictObject({
  to: IdSchema.optional(),
  note: z.string().min(1),
});

/** The original publication. */
export const ArticleSourceSchema = strictObject({
  url: SafeUrlSchema,
  /** The source line exactly as the text gives it (e.g. `toutiao.com/article/…/`). */
  asWritten: z.string().optional(),
  publisher: z.string().min(1),
  published: IsoDaySchema.optional(),
  /** How the publication date was established when the text does not state it. */
  publishedNote: z.string().optional(),
  language: z.string().min(2),
});

/** The translation this text is, if it is one. */
export const TranslationSchema = strictObject({
  kind: z.enum(['machine', 'human']),
  from: z.string().min(2),
  to: z.string().min(2),
  note: z.string().optional(),
});

/** The frontmatter of `content/articles/<slug>.md`. */
export const ArticleFrontmatterSchema = strictObject({
  /**
   * A draft is analysed by every rule but may still lack what publishing needs (`UNWRITTEN_RULES`);
   * the dev server shows it with that list, a build leaves it out.
   */
  draft: z.boolean().optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  author: IdSchema,
  source: ArticleSourceSchema,
  translation: TranslationSchema.optional(),
  disclaimer: z.string().optional(),
  analysed: IsoDaySchema,
  assessment: AssessmentSchema,
  claims: idRecord(ClaimFrontmatterSchema).optional(),
  events: idRecord(EventFrontmatterSchema).optional(),
  retired: idRecord(RetiredSchema).optional(),
  /** Corrections and updates of the article's analysis as a whole, newest first. */
  updates: UpdatesSchema.optional(),
});

/**
 * The frontmatter as the parser first reads it: the assessment may still be unwritten, so every
 * other problem is found in the same run; its absence is then reported on its own.
 */
export const ArticleDraftFrontmatterSchema = ArticleFrontmatterSchema.extend({
  assessment: AssessmentSchema.optional(),
});
export type ArticleDraftFrontmatter = z.output<typeof ArticleDraftFrontmatterSchema>;
