import type { Actor } from '../analysis/schema/entries.ts';
import { ActorKindSchema, type ActorKind } from '../analysis/schema/vocabulary.ts';
import type { SiteData } from './site-data.ts';

/** One kind of actor on /actors/, its actors by name, each with how many claims involve it. */
type ActorGroup = {
  kind: ActorKind;
  actors: { actor: Actor; claims: number }[];
};

/**
 * The view model of /actors/: the actors grouped by kind in vocabulary order, empty kinds left out.
 *
 * @example
 *   actorIndex(data)[0]?.kind // 'person', when the corpus names a person
 */
export function actorIndex(data: SiteData): ActorGroup[] {
  const claimCount = (id: string) => {
    const { by = [], about = [], named = [] } = data.byActor.get(id) ?? {};
    return new Set([...by, ...about, ...named]).size;
  };
  return ActorKindSchema.options
    .map((kind) => ({
      kind,
      actors: data.corpus.actors
        .filter((actor) => actor.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((actor) => ({ actor, claims: claimCount(actor.id) })),
    }))
    .filter((group) => group.actors.length > 0);
}
