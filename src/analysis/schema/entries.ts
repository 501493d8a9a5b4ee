import { z } from 'zod';
import { IdSchema, SafeUrlSchema, SourceSchema } from './common.ts';
import {
  ActorKindSchema,
  ClaimFlagSchema,
  ClaimStatusSchema,
  ClaimTypeSchema,
  ConfidenceSchema,
  ApproximationSchema,
  DatePrecisionSchema,
  RecordComparisonSchema,
  EventTypeSchema,
} from './vocabulary.ts';
import { ArticleSourceSchema, TranslationSchema } from './article-frontmatter.ts';
import { UpdateSchema } from './updates.ts';

/** A W3C TextQuoteSelector plus TextPositionSelector over the article's plain text. */
export const SelectorSchema = z.strictObject({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Selector = z.output<typeof SelectorSchema>;

/** A claim as the parser derives it: the marker's text merged with its frontmatter record. */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  article: IdSchema,
  /** 1-based position in reading order, used as the note number. */
  number: z.number().int().positive(),
  text: z.string().min(1),
  type: ClaimTypeSchema,
  claimant: IdSchema,
  status: ClaimStatusSchema,
  note: z.string().optional(),
  noteHtml: z.string().optional(),
  /** The verdict in one sentence (at most 140 characters); present on every claim with a verdict. */
  finding: z.string().optional(),
  sources: z.array(SourceSchema),
  about: z.array(IdSchema),
  events: z.array(IdSchema),
  flags: z.array(ClaimFlagSchema),
  selector: SelectorSchema,
  /** Index of the text block (paragraph or heading) that holds the claim. */
  paragraph: z.number().int().nonnegative(),
  /** The text of the claim's paragraph (the block at `paragraph`). */
  paragraphText: z.string(),
  /** Corrections, updates and rating changes, newest first. */
  updates: z.array(UpdateSchema),
});
export type Claim = z.output<typeof ClaimSchema>;

/** A resolved event date; `asWritten` is the phrase of the text that states it. */
export const EventDateSchema = z.strictObject({
  asWritten: z.string(),
  value: z.string().optional(),
  precision: DatePrecisionSchema.optional(),
  approximate: z.boolean(),
  relative: z.strictObject({ anchor: IdSchema, offset: z.string().optional() }).optional(),
  edtf: z
    .string()
    .optional()
    .meta({ description: 'The date as EDTF (ISO 8601-2): `2026`, `2025-07`, `2026-01-19~`.' }),
  approximation: ApproximationSchema.optional(),
  period: z
    .string()
    .optional()
    .meta({
      description:
        "The days the article's words allow, tolerance included, as EDTF: the date itself, or an interval such " +
        'as `2026-01-08/2026-01-13` (`..` where it gives only an order). Absent when the text gives no date.',
    }),
});

/** The record's date of an event, and how it stands to the article's. */
export const DocumentedEventDateSchema = z.strictObject({
  value: z.string(),
  precision: DatePrecisionSchema,
  approximate: z.boolean(),
  edtf: z.string().meta({ description: "The record's date as EDTF (ISO 8601-2)." }),
  comparison: RecordComparisonSchema,
  note: z.string().optional(),
  sources: z.array(SourceSchema),
});

/** An event as the parser derives it. */
export const ArticleEventSchema = z.strictObject({
  id: IdSchema,
  article: IdSchema,
  /** 1-based position in the article's telling. */
  told: z.number().int().positive(),
  summary: z.string(),
  type: EventTypeSchema,
  date: EventDateSchema,
  documented: DocumentedEventDateSchema.optional(),
  actors: z.array(IdSchema),
  /** The sentence of the article that states the event. */
  quote: z.string(),
  note: z.string().optional(),
  paragraph: z.number().int().nonnegative(),
  selector: SelectorSchema,
});
export type ArticleEvent = z.output<typeof ArticleEventSchema>;

/** One actor mention in an article (found by alias or marked with `:actor`). */
export const MentionSchema = z.strictObject({
  actor: IdSchema,
  text: z.string(),
  paragraph: z.number().int().nonnegative(),
  marked: z.boolean(),
  /** The claim whose words hold the mention, if any. */
  claim: IdSchema.optional(),
});
export type Mention = z.output<typeof MentionSchema>;

/** One top-level block of the rendered body, with the claims it holds (for margin notes). */
const BlockSchema = z.strictObject({
  html: z.string(),
  claims: z.array(IdSchema),
});

/** An article as the parser derives it. */
export const ArticleSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  summary: z.string(),
  author: IdSchema,
  source: ArticleSourceSchema,
  translation: TranslationSchema.optional(),
  disclaimer: z.string().optional(),
  analysed: z.string(),
  /** The analyst's reading, shown before the text; `summaryHtml` is `summary` rendered and sanitised. */
  assessment: z.strictObject({
    verdict: z.string(),
    summary: z.string(),
    summaryHtml: z.string(),
    key: z.array(IdSchema),
  }),
  blocks: z.array(BlockSchema),
  /** Text blocks joined by a blank line: the text selectors point into. */
  plainText: z.string(),
  claims: z.array(IdSchema),
  events: z.array(IdSchema),
  mentions: z.array(MentionSchema),
  retired: z.array(z.strictObject({ id: IdSchema, to: IdSchema.optional(), note: z.string() })),
  /** Corrections and updates of the analysis as a whole, newest first. */
  updates: z.array(UpdateSchema),
  /**
   * Present on a draft only: its file and what is still to write before publishing, one
   * `file:line:column: message [rule]` line each. A build publishes no draft.
   */
  draft: z.strictObject({ path: z.string(), toWrite: z.array(z.string()) }).optional(),
});
export type Article = z.output<typeof ArticleSchema>;

/** How a garbled or vague name was identified, with its note rendered. */
export const IdentificationEntrySchema = z.strictObject({
  confidence: ConfidenceSchema,
  note: z.string(),
  noteHtml: z.string(),
  sources: z.array(SourceSchema),
});

/** An actor with its description rendered. */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  kind: ActorKindSchema,
  aliases: z.array(z.string()),
  role: z.string().optional(),
  identification: IdentificationEntrySchema.optional(),
  links: z.array(SafeUrlSchema),
  descriptionHtml: z.string(),
  /**
   * True while the description still starts with "TODO" (a stub `analyze --fix` wrote): only a
   * draft may refer to such an actor, and a build publishes none.
   */
  toDescribe: z.literal(true).optional(),
});
export type Actor = z.output<typeof ActorSchema>;
