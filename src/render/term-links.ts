import type { VOCABULARIES } from '../analysis/schema/vocabulary.ts';

/** The methodology page, where every term of the vocabulary is defined. */
export const METHODOLOGY_PATH = '/methodology/';

/** The corrections page and its feed. */
export const CORRECTIONS_PATH = '/corrections/';
export const CORRECTIONS_FEED_PATH = '/corrections/rss.xml';

/** A field of the vocabulary: `type`, `status`, `confidence`, `precision` or `kind`. */
export type VocabularyField = keyof typeof VOCABULARIES;

/**
 * The id of a term's definition on the methodology page.
 *
 * @example
 *   termAnchor('status', 'not-checkable') // 'status-not-checkable'
 */
export const termAnchor = (field: VocabularyField, value: string): string => `${field}-${value}`;

/**
 * A link to a term's definition, for badges and legends.
 *
 * @example
 *   termHref('status', 'false') // '/methodology/#status-false'
 */
export const termHref = (field: VocabularyField, value: string): string =>
  `${METHODOLOGY_PATH}#${termAnchor(field, value)}`;
