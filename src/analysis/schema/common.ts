import { z } from 'zod';
import { strictObject } from './strict-object.ts';
import { idProblem } from '../ids.ts';
import { quoteValue } from '../quote-value.ts';
import { isSafeUrl } from '../safe-url.ts';
import { parseDateValue } from '../dates.ts';
import { ACCEPTED_ARCHIVES, isAcceptedArchiveUrl } from '../archive-url.ts';

/** An id as written in content: `^[a-z0-9][a-z0-9-]{1,62}$`, and no name objects already have. */
export const IdSchema = z.string().superRefine((value, ctx) => {
  const problem = idProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

/**
 * Records keyed by id (claims, events, retired ids). Reserved keys are refused before zod's record
 * sees them, because it skips `__proto__` silently; the result has no prototype, so no lookup of
 * an id can find a built-in property.
 */
export function idRecord<T extends z.ZodType>(value: T) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (input === null || typeof input !== 'object' || Array.isArray(input)) return;
      for (const key of Object.keys(input)) {
        const problem = idProblem(key);
        if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem, input: key });
      }
    })
    .pipe(z.record(IdSchema, value))
    .transform((record) =>
      Object.assign(Object.create(null) as Record<string, z.output<T>>, record),
    );
}

/**
 * A URL a reader may follow: only `http:` and `https:` (zod's own `.url()` accepts `javascript:`).
 */
export const SafeUrlSchema = z.string().refine((value) => isSafeUrl(value), {
  error: (issue) =>
    `${quoteValue(issue.input)} is not an allowed URL: use an absolute http: or https: address`,
});

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is rejected). */
export const IsoDaySchema = z.string().superRefine((value, ctx) => {
  const parsed = parseDateValue(value);
  if (!parsed.ok || parsed.value.precision !== 'day') {
    ctx.addIssue({
      code: 'custom',
      message: parsed.ok
        ? `${quoteValue(value)} is not a full date: write YYYY-MM-DD`
        : parsed.error,
    });
  }
});

/** A capture of a page in a public web archive; `date` is the day it was captured. */
const ArchivedSchema = strictObject({
  url: z.string().refine(isAcceptedArchiveUrl, {
    error: (issue) =>
      `${quoteValue(issue.input)} is not an accepted archive; use one of: ${ACCEPTED_ARCHIVES.join(', ')}`,
  }),
  date: IsoDaySchema,
});
export type Archived = z.output<typeof ArchivedSchema>;

/** The longest `quote` a source may carry, in words: the decisive sentence, not the article. */
const QUOTE_MAX_WORDS = 40;

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Counts words as Unicode segments them, so Chinese and Japanese text (no spaces) counts per word,
 * not as one.
 *
 * @example
 *   countWords('China mines about 70%.') // → 4
 */
function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** The decisive sentence of a source, copied verbatim from it: at most 40 words. */
const QuoteSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    const words = countWords(value);
    if (words > QUOTE_MAX_WORDS) {
      ctx.addIssue({
        code: 'custom',
        message: `quote has ${words} words; keep only the decisive sentence, at most ${QUOTE_MAX_WORDS} words`,
      });
    }
  });

/** Han, kana and Hangul: text in them is not English, and its language must be stated. */
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The canonical form of a BCP 47 tag, or undefined when it is none. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * A BCP 47 language tag in its canonical form, checked by `Intl.getCanonicalLocales`.
 *
 * @example
 *   LanguageTagSchema.parse('ja') // 'ja'; 'JA' is refused with the fix: write it as ja
 */
const LanguageTagSchema = z.string().superRefine((tag, ctx) => {
  const canonical = canonicalTag(tag);
  if (canonical !== tag)
    ctx.addIssue({
      code: 'custom',
      message: canonical
        ? `write the language tag ${JSON.stringify(tag)} as ${canonical}`
        : `${JSON.stringify(tag)} is not a BCP 47 language tag; write one such as zh, ja or ko`,
    });
});

/**
 * A source the analysis relies on. `url`, `title`, `publisher` and `date` are required: a source
 * nobody can find again is not a source. `quote` and `archived` are optional. `quote` is the sentence that
 * decides the claim, copied verbatim, so a reader sees the evidence before following the link.
 *
 * @example
 *   { url: 'https://example.org/a', title: 'A report', publisher: 'Example News', date: '2026-01-19',
 *     quote: 'The ministers met on 16 January.' }
 */
export const SourceSchema = strictObject({
  url: SafeUrlSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: IsoDaySchema,
  quote: QuoteSchema.optional(),
  /** A preserved copy, so the evidence survives the live page. */
  archived: ArchivedSchema.optional(),
  /** The language of the title and quote where it is not English, so pages mark it (`lang`). */
  language: LanguageTagSchema.optional(),
}).superRefine((source, ctx) => {
  if (source.language === undefined && NON_LATIN.test(`${source.title} ${source.quote ?? ''}`))
    ctx.addIssue({
      code: 'custom',
      path: ['language'],
      message:
        'the title or quote is in Chinese, Japanese or Korean script; add language: (e.g. zh, ja or ko) ' +
        'so that screen readers and fonts read it in that language',
    });
});
export type Source = z.output<typeof SourceSchema>;

/** Bidirectional overrides and invisible characters that let a name display as something it is not. */
const DECEPTIVE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/u;

/**
 * A name or alias as readers will see it: no bidi overrides or zero-width characters, which could
 * make one actor's alias look like another's.
 */
export const DisplayNameSchema = z
  .string()
  .min(1)
  .refine((value) => !DECEPTIVE.test(value), {
    error: (issue) =>
      `${quoteValue(issue.input)} contains an invisible or bidirectional control character ` +
      `(U+${String(issue.input).match(DECEPTIVE)?.[0]?.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` +
      '); ' +
      'remove it',
  });
