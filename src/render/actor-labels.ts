import type { ActorKind } from '../analysis/schema/vocabulary.ts';

const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government body',
  country: 'Country',
  company: 'Company',
  media: 'News medium',
  group: 'Group',
};

/**
 * An actor kind in words.
 *
 * @example
 *   actorKindLabel('media') // 'News medium'
 */
export const actorKindLabel = (kind: ActorKind): string => KIND_LABELS[kind];

/**
 * An actor's name as it reads inside a sentence: a descriptive name's leading "The" in lower case
 * ("the article's author"), a proper name's kept ("The Hague").
 *
 * @example
 *   nameInSentence("The article's author (unnamed)") // "the article's author (unnamed)"
 */
export const nameInSentence = (name: string): string =>
  /^The \p{Ll}/u.test(name) ? `t${name.slice(1)}` : name;
