/** What an actor is known by: enough to tell whether a name in a text is the same actor. */
export interface KnownActor {
  id: string;
  name: string;
  kind: string;
  aliases: readonly string[];
}

/** Why a name is taken for an existing actor. */
type Evidence =
  | 'same name'
  | 'same surname'
  | 'title and surname'
  | 'title and name'
  | 'name with abbreviation'
  | 'part of a known name';

/** A name that resembles an existing actor, and the evidence for it. */
export interface Resemblance {
  actor: string;
  evidence: Evidence;
  /** The actor's name or alias the evidence rests on. */
  matched: string;
}

const words = (text: string) => text.split(/\s+/u).filter((w) => w !== '');
const fold = (text: string) => text.toLocaleLowerCase('en');
/** "Ministry of Commerce (MOFCOM)": the name and its abbreviation. */
const BRACKETED = /^(.+?)\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,15})\)$/u;

/**
 * The existing actor a name in a text most likely stands for: a person's surname alone
 * ("Takaichi" for Takaichi Sanae, family name first or last), a title before the surname
 * ("Prime Minister Takaichi"), a name with its abbreviation ("Ministry of Commerce (MOFCOM)")
 * or a name a known name contains ("Ministry of Commerce"). Undefined when no actor, or more than
 * one, fits: then the name is new, or the analyst must choose.
 *
 * @example
 *   const takaichi = { id: 'takaichi-sanae', name: 'Takaichi Sanae', kind: 'person', aliases: [] }
 *   resemblance('Prime Minister Takaichi', [takaichi])
 *   // { actor: 'takaichi-sanae', evidence: 'title and surname', matched: 'Takaichi Sanae' }
 */
export function resemblance(name: string, actors: readonly KnownActor[]): Resemblance | undefined {
  const found = new Map<string, Resemblance>();
  const bracketed = BRACKETED.exec(name);
  const base = bracketed?.[1] ?? name;
  const abbreviation = bracketed?.[2];
  for (const actor of actors) {
    for (const known of [actor.name, ...actor.aliases]) {
      const evidence = evidenceFor(base, abbreviation, known, actor.kind);
      if (evidence && !found.has(actor.id))
        found.set(actor.id, { actor: actor.id, evidence, matched: known });
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function evidenceFor(
  name: string,
  abbreviation: string | undefined,
  known: string,
  kind: string,
): Evidence | undefined {
  if (abbreviation !== undefined) {
    const same = fold(known) === fold(name) || fold(known) === fold(abbreviation);
    return same || containsWords(known, name) ? 'name with abbreviation' : undefined;
  }
  if (fold(known) === fold(name)) return 'same name';
  const parts = words(name);
  const knownParts = words(known);
  if (kind === 'person' && knownParts.length >= 2) {
    // Leading words the known name lacks are a title ("Prime Minister", "Mayor").
    const title = parts.findIndex((word) => knownParts.includes(word));
    const rest = title < 0 ? [] : parts.slice(title);
    const surname = rest.length === 1 ? rest[0] : undefined;
    // Family name first (Takaichi Sanae) or last (Helena Voss): either end of the known name.
    if (surname !== undefined && (surname === knownParts[0] || surname === knownParts.at(-1)))
      return title === 0 ? 'same surname' : 'title and surname';
    if (title > 0 && rest.join(' ') === knownParts.join(' ')) return 'title and name';
  }
  return parts.length >= 2 && containsWords(known, name) ? 'part of a known name' : undefined;
}

/** Whether `text` holds `part` as whole words, whatever their case. */
function containsWords(text: string, part: string): boolean {
  return ` ${fold(words(text).join(' '))} `.includes(` ${fold(words(part).join(' '))} `);
}
