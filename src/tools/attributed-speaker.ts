import { resemblance, type KnownActor } from './actor-resemblance.ts';

/** Who a sentence says is speaking, and where the words saying so are. */
interface Attribution {
  /** The speaker as the sentence names it: "He Yadong", "the spokesperson", "He". */
  speaker: string;
  /** The attribution's span in the sentence ("according to the spokesperson,", "He said"). */
  start: number;
  end: number;
}

const VERBS =
  'said|says|told|stated|added|noted|announced|warned|stressed|explained|insisted|argued|claimed|' +
  'declared|confirmed|emphasised|emphasized|urged|reiterated|wrote|writes';
const ACCORDING = /\baccording to ((?:the |a |an )?[^,.;:"“”]+?)(?=\s*[,.;:"“”]|$)[,]?\s*/iu;
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'u');
const INVERTED = new RegExp(`[,"”]\\s*(?:${VERBS})\\s+((?:the |a |an )?[^,.;:"“”]+)`, 'u');
/** Longest subject taken for a speaker: a name with a title or a role, not a clause. */
const MAX_SPEAKER_WORDS = 8;
const PRONOUN = /^(he|she|they)$/iu;

/**
 * The speaker a sentence attributes its words to: "according to X", "X said" (the subject
 * nearest the verb, so "A spokesperson for the ministry, He Yadong, said" gives "He Yadong"),
 * or "…," said X.
 *
 * @example
 *   attributionOf('He said the measures were lawful.') // { speaker: 'He', start: 0, end: 7 }
 */
export function attributionOf(sentence: string): Attribution | undefined {
  const according = ACCORDING.exec(sentence);
  if (according?.[1])
    return {
      speaker: according[1].trim(),
      start: according.index,
      end: according.index + according[0].length,
    };
  const verb = VERB.exec(sentence);
  if (!verb) return undefined;
  const before = sentence.slice(0, verb.index);
  // After a closing quote, the speaker follows the verb ('"…," said the spokesperson').
  const quoted = /["”]\s*$/u.test(before);
  // The subject nearest the verb: an appositive name wins over the role before it.
  const clause = quoted
    ? ''
    : (before
        .split(/[,;:"“”()]/u)
        // "…, and Takaichi said": the conjunction joins clauses, it is not the speaker.
        .map((part) => part.trim().replace(/^(and|but|while)\s+/u, ''))
        .filter((part) => part !== '')
        .at(-1) ?? '');
  const count = clause.split(/\s+/u).filter((w) => w !== '').length;
  const subject =
    clause !== '' &&
    count <= MAX_SPEAKER_WORDS &&
    /^\p{Lu}|^(the|a|an) /u.test(clause) &&
    !/\b(that|which|who)\b/u.test(clause);
  if (subject) {
    const start = before.lastIndexOf(clause);
    return { speaker: clause, start, end: verb.index + verb[0].length };
  }
  const inverted = INVERTED.exec(sentence);
  if (inverted?.[1]) {
    const speaker = inverted[1].trim();
    if (speaker.split(/\s+/u).length <= MAX_SPEAKER_WORDS)
      return { speaker, start: inverted.index + 1, end: inverted.index + inverted[0].length };
  }
  return undefined;
}

/** Proper-name runs in a phrase: "spokesperson for the Ministry of Commerce" → ["Ministry of Commerce"]. */
function namesIn(phrase: string): string[] {
  return [
    ...phrase.matchAll(
      /\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*/gu,
    ),
  ]
    .map((m) => m[0])
    .filter((name) => !/^(The|A|An)$/u.test(name));
}

/**
 * The actor a speaker phrase names: a pronoun or a bare role ("the spokesperson") is the speaker
 * named before (`previous`); a name is an actor known by it, or resembling it (see
 * `resemblance`). `undefined` when the phrase names no actor it can tell.
 *
 * @example
 *   speakerActor('He', actors, 'he-yadong') // 'he-yadong'
 */
export function speakerActor(
  speaker: string,
  actors: readonly KnownActor[],
  previous: string | undefined,
): string | undefined {
  const phrase = speaker.replace(/^(the|a|an)\s+/iu, '');
  if (PRONOUN.test(phrase)) return previous;
  const names = namesIn(phrase);
  if (names.length === 0) return previous;
  // The name nearest the verb is the speaker: "Japan's official Asano Hayato" is Asano Hayato.
  for (const name of names.reverse()) {
    const exact = actors.find((actor) =>
      [actor.name, ...actor.aliases].some(
        (known) => known.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'),
      ),
    );
    if (exact) return exact.id;
    const similar = resemblance(name, actors);
    if (similar) return similar.actor;
  }
  return undefined;
}

/**
 * The words of a sentence that say what is claimed, without its attribution: what follows
 * "X said" when something does ("He said the measures were lawful" → "the measures were
 * lawful"), else the sentence without the attribution's words.
 *
 * @example
 *   const sentence = 'Exports fell, according to the spokesperson.'
 *   claimedWords(sentence, attributionOf(sentence))
 *   // 'Exports fell, .'
 */
export function claimedWords(sentence: string, attribution: Attribution | undefined): string {
  if (!attribution) return sentence;
  const after = sentence.slice(attribution.end);
  return after.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length >= 3
    ? after
    : sentence.slice(0, attribution.start) + after;
}
