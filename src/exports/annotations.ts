import { z } from 'zod';
import { lastUpdated, withOutcomes } from '../analysis/check-updates.ts';
import type { Article, Claim } from '../analysis/schema/entries.ts';
import { actorPath, articlePath, claimPath } from '../analysis/urls.ts';
import { byReadingOrder, updateLine } from './claim-records.ts';
import { AbsoluteUrlSchema } from './record-fields.ts';
import { siteUrl } from './site-url.ts';

/** The path of the annotations export; annotation ids are fragments of it. */
const ANNOTATIONS_PATH = '/data/annotations.jsonld';

/** The W3C Web Annotation JSON-LD context (https://www.w3.org/TR/annotation-model/). */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const TextualBodySchema = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.enum(['assessing', 'classifying', 'tagging', 'commenting', 'editing']),
  value: z.string().min(1),
  format: z.enum(['text/plain', 'text/html']),
  language: z.literal('en'),
});

const LinkBodySchema = z.strictObject({
  type: z.literal('SpecificResource'),
  purpose: z.enum(['describing', 'identifying', 'linking']),
  source: AbsoluteUrlSchema,
});

/** One claim as a W3C Web Annotation: the article's words as target, the analysis as body. */
const AnnotationSchema = z
  .strictObject({
    id: AbsoluteUrlSchema,
    type: z.literal('Annotation'),
    motivation: z.literal('assessing'),
    modified: z
      .string()
      .optional()
      .describe(
        'When the analysis last changed (xsd:dateTime, UTC): the day of its newest update.',
      ),
    body: z.array(z.union([TextualBodySchema, LinkBodySchema])).min(1),
    target: z.strictObject({
      source: AbsoluteUrlSchema.describe(
        "The article page; selectors count in the article's plainText (articles.json).",
      ),
      selector: z.tuple([
        z.strictObject({
          type: z.literal('TextQuoteSelector'),
          exact: z.string().min(1),
          prefix: z.string(),
          suffix: z.string(),
        }),
        z.strictObject({
          type: z.literal('TextPositionSelector'),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
        }),
      ]),
    }),
  })
  .describe('A claim as a W3C Web Annotation.');
type Annotation = z.output<typeof AnnotationSchema>;

/** `/data/annotations.jsonld`: an AnnotationCollection whose single page holds every claim. */
export const AnnotationCollectionSchema = z
  .strictObject({
    '@context': z.literal(ANNO_CONTEXT),
    id: AbsoluteUrlSchema,
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    total: z.number().int().nonnegative(),
    first: z.strictObject({
      id: AbsoluteUrlSchema,
      type: z.literal('AnnotationPage'),
      startIndex: z.literal(0),
      items: z.array(AnnotationSchema),
    }),
  })
  .describe(
    'Every claim as a W3C Web Annotation, in one AnnotationCollection of one AnnotationPage.',
  );
export type AnnotationCollection = z.output<typeof AnnotationCollectionSchema>;

/**
 * The analysis of a claim as annotation bodies: verdict (assessing), type (classifying), flags
 * (tagging), note (commenting), each entry of its updates log, newest first (editing), the claim
 * page (describing), the claimant (identifying) and the sources (linking).
 */
function bodiesOf(claim: Claim, site: URL): Annotation['body'] {
  const text = (
    purpose: 'assessing' | 'classifying' | 'tagging' | 'commenting' | 'editing',
    value: string,
    format: 'text/plain' | 'text/html' = 'text/plain',
  ) => ({ type: 'TextualBody', purpose, value, format, language: 'en' }) as const;
  return [
    text('assessing', claim.status),
    text('classifying', claim.type),
    ...claim.flags.map((flag) => text('tagging', flag)),
    ...(claim.noteHtml ? [text('commenting', claim.noteHtml, 'text/html')] : []),
    ...withOutcomes(claim.updates, claim.status).map((u) => text('editing', updateLine(u))),
    {
      type: 'SpecificResource',
      purpose: 'describing',
      source: siteUrl(site, claimPath(claim.article, claim.id)),
    },
    {
      type: 'SpecificResource',
      purpose: 'identifying',
      source: siteUrl(site, actorPath(claim.claimant)),
    },
    ...claim.sources.map(
      (source) => ({ type: 'SpecificResource', purpose: 'linking', source: source.url }) as const,
    ),
  ];
}

/**
 * The claims as W3C Web Annotations (`motivation: assessing`). The target is the article page with
 * a TextQuoteSelector and a TextPositionSelector; both count in the article's `plainText`
 * (text blocks joined by "\n\n"), which articles.json publishes.
 *
 * @example
 *   annotationCollection(corpus.articles, corpus.claims, site).first.items[0].target.selector[0].exact
 */
export function annotationCollection(
  articles: readonly Article[],
  claims: readonly Claim[],
  site: URL,
): AnnotationCollection {
  const known = new Set(articles.map((a) => a.id));
  const items = [...claims]
    .sort(byReadingOrder)
    .filter((claim) => known.has(claim.article))
    .map((claim): Annotation => ({
      id: siteUrl(site, ANNOTATIONS_PATH, `${claim.article}/${claim.id}`),
      type: 'Annotation',
      motivation: 'assessing',
      ...(claim.updates.length > 0 && { modified: `${lastUpdated(claim.updates)}T00:00:00Z` }),
      body: bodiesOf(claim, site),
      target: {
        source: siteUrl(site, articlePath(claim.article)),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: claim.selector.exact,
            prefix: claim.selector.prefix,
            suffix: claim.selector.suffix,
          },
          { type: 'TextPositionSelector', start: claim.selector.start, end: claim.selector.end },
        ],
      },
    }));
  return {
    '@context': ANNO_CONTEXT,
    id: siteUrl(site, ANNOTATIONS_PATH),
    type: 'AnnotationCollection',
    label: 'ClaimLens: claims in the analysed articles',
    total: items.length,
    first: {
      id: siteUrl(site, ANNOTATIONS_PATH, 'page-1'),
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}
