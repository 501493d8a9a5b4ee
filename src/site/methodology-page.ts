import { STATUS_LABELS, TYPE_LABELS } from '../analysis/claim-labels.ts';
import {
  BORDERLINE_RULES,
  RATING_TESTS,
  SCALE_REASONS,
  TYPE_LIMITS,
  type BorderlineRule,
  type ScaleSource,
} from '../analysis/schema/rating-guide.ts';
import { VOCABULARIES, type ClaimStatus } from '../analysis/schema/vocabulary.ts';
import { claimPath } from '../analysis/urls.ts';
import { mailtoLink } from '../render/mailto.ts';
import { termAnchor, termHref, type VocabularyField } from '../render/term-links.ts';
import { siteConfig } from '../site-config.ts';
import type { SiteData } from './site-data.ts';

/** One defined term on the methodology page. */
export interface TermView {
  anchor: string;
  value: string;
  label: string;
  /** The glyph badges show beside the word, for types and statuses. */
  glyph?: string;
  definition: string;
}

/** One rating of the rating guide: its test and an example from the seed. */
interface RatingGuideView {
  anchor: string;
  label: string;
  glyph: string;
  test: string;
  example:
    | {
        words: string;
        why: string;
        /** The claim's page, when the article is published here. */ href?: string;
      }
    | { none: string };
}

/** How a claim type limits its rating. */
interface TypeLimitView {
  label: string;
  glyph: string;
  allows: { label: string; href: string }[];
  why: string;
}

/** What the methodology page shows besides its prose. */
export interface MethodologyPage {
  terms: Record<VocabularyField, TermView[]>;
  guide: {
    ratings: RatingGuideView[];
    borderline: readonly BorderlineRule[];
    types: TypeLimitView[];
    scale: { summary: string; sources: readonly ScaleSource[] };
  };
  suggestHref: string;
  contact: string;
}

const GLYPHS: Partial<Record<VocabularyField, Readonly<Record<string, { glyph: string }>>>> = {
  type: TYPE_LABELS,
  status: STATUS_LABELS,
};

/**
 * The vocabulary as the methodology page lists it, each term with the anchor badges link to; the
 * rating guide (each rating's test and seed example, the borderline rules, what each claim type
 * allows, and why the scale is what it is); and the "Suggest a claim to check" address. An example
 * links to its claim's page when that article is in `data`.
 *
 * @example
 *   methodologyPage(data).terms.status[0]?.anchor // 'status-supported'
 *   methodologyPage(data).guide.ratings[1]?.label // 'Missing context'
 */
export function methodologyPage(data?: Pick<SiteData, 'articles'>): MethodologyPage {
  const terms = Object.fromEntries(
    Object.entries(VOCABULARIES).map(([field, entries]) => [
      field,
      Object.entries(entries).map(([value, term]) => {
        const glyph = GLYPHS[field as VocabularyField]?.[value]?.glyph;
        return {
          anchor: termAnchor(field as VocabularyField, value),
          value,
          label: term.label,
          ...(glyph ? { glyph } : {}),
          definition: term.definition,
        };
      }),
    ]),
  ) as Record<VocabularyField, TermView[]>;
  const ratings = (
    Object.entries(RATING_TESTS) as [ClaimStatus, (typeof RATING_TESTS)[ClaimStatus]][]
  ).map(([status, { test, example }]) => ({
    anchor: `guide-${status}`,
    label: STATUS_LABELS[status].label,
    glyph: STATUS_LABELS[status].glyph,
    test,
    example:
      'none' in example
        ? example
        : {
            words: example.words,
            why: example.why,
            ...(data?.articles.has(example.article)
              ? { href: claimPath(example.article, example.claim) }
              : {}),
          },
  }));
  const types = Object.entries(TYPE_LIMITS).map(([type, { allows, why }]) => ({
    label: TYPE_LABELS[type as keyof typeof TYPE_LABELS].label,
    glyph: TYPE_LABELS[type as keyof typeof TYPE_LABELS].glyph,
    allows: allows.map((status) => ({
      label: STATUS_LABELS[status].label,
      href: termHref('status', status),
    })),
    why,
  }));
  return {
    terms,
    guide: { ratings, borderline: BORDERLINE_RULES, types, scale: SCALE_REASONS },
    suggestHref: mailtoLink(siteConfig.contact, 'Suggest a claim to check'),
    contact: siteConfig.contact,
  };
}
