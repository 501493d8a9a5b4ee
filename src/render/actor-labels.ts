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
