import { STATUS_LABELS, TYPE_LABELS } from '../analysis/claim-labels.ts';
import { VOCABULARIES } from '../analysis/schema/vocabulary.ts';
import { mailtoLink } from '../render/mailto.ts';
import { termAnchor, type VocabularyField } from '../render/term-links.ts';
import { siteConfig } from '../site-config.ts';

/** One defined term on the methodology page. */
export interface TermView {
  anchor: string;
  value: string;
  label: string;
  /** The glyph badges show beside the word, for types and statuses. */
  glyph?: string;
  definition: string;
}

/** What the methodology page shows besides its prose. */
interface MethodologyPage {
  terms: Record<VocabularyField, TermView[]>;
  suggestHref: string;
  contact: string;
}

const GLYPHS: Partial<Record<VocabularyField, Readonly<Record<string, { glyph: string }>>>> = {
  type: TYPE_LABELS,
  status: STATUS_LABELS,
};

/**
 * The vocabulary as the methodology page lists it, each term with the anchor badges link to, and
 * the "Suggest a claim to check" address.
 *
 * @example
 *   methodologyPage().terms.status[0]?.anchor // 'status-supported'
 */
export function methodologyPage(): MethodologyPage {
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
  return {
    terms,
    suggestHref: mailtoLink(siteConfig.contact, 'Suggest a claim to check'),
    contact: siteConfig.contact,
  };
}
