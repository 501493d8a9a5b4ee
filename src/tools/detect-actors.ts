import nlp from 'compromise';
import { sentenceSpans } from '../analysis/sentences.ts';

/** What compromise takes a name to be. */
export type NameKind = 'person' | 'organization' | 'country' | 'place' | 'name';

/** A name in the text that no actor alias or `:actor` marker covers. */
export interface ActorCandidate {
  text: string;
  kind: NameKind;
  /** Every place it occurs, as offsets in the text searched. */
  occurrences: { start: number; end: number }[];
  /** For a bare surname ("Voss"), the full name it most likely shortens ("Helena Voss"). */
  shortFor?: string;
}

/** A span of the text that is already an actor mention. */
export interface TextRange {
  start: number;
  end: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const NOT_A_NAME = new Set([
  'Adverb',
  'Expression',
  'Date',
  'Month',
  'WeekDay',
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Value',
  'Honorific',
]);
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place'];
/** Lower-case words inside names ("Ministry of Foreign Affairs", "Bank for International Settlements"). */
const CONNECTORS = new Set(['of', 'for']);

const isNameLike = (term: Term): boolean =>
  /^\p{Lu}/u.test(term.text) && !term.tags.some((tag) => NOT_A_NAME.has(tag));
/**
 * A short family name that is also an English word ("He Yadong"): compromise tags it a pronoun
 * as well as a proper noun; before another name it is part of the name.
 */
const isFamilyName = (term: Term, next: Term | undefined): boolean =>
  /^\p{Lu}/u.test(term.text) &&
  term.tags.includes('ProperNoun') &&
  next !== undefined &&
  isNameLike(next) &&
  joinsNext(term);
/** An abbreviation in brackets right after a name ("Ministry of Commerce (MOFCOM)") belongs to it. */
const ABBREVIATION = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,15}\)/u;
const joinsNext = (term: Term): boolean =>
  /^(\s+|-)$/.test(term.post) && !term.tags.includes('Possessive');

/**
 * Finds names of people, organisations and places with compromise's part-of-speech tags:
 * runs of capitalised proper nouns ("Greenwater Engineering", "Ministry of Foreign Affairs"),
 * minus any that overlap `covered` (alias matches and `:actor` markers). A run of one common
 * word at the start of a sentence ("Critics") is not a name.
 *
 * @example
 *   detectActorCandidates('Mayor Helena Voss met Tomas Reyes.', [])
 *   // [{ text: 'Helena Voss', kind: 'person', … }, { text: 'Tomas Reyes', kind: 'person', … }]
 */
export function detectActorCandidates(
  text: string,
  covered: readonly TextRange[],
): ActorCandidate[] {
  const found = new Map<string, ActorCandidate>();
  // Sentences come from the parser's Intl.Segmenter, which breaks after a quoted sentence
  // ('dream." In July') where compromise does not, and a name run never crosses a sentence.
  for (const { start: index, end } of sentenceSpans(text)) {
    const terms = (
      nlp(text.slice(index, end)).json({ offset: true, terms: { offset: true } }) as {
        terms: Term[];
      }[]
    )
      .flatMap((sentence) => sentence.terms)
      .map((term) => ({
        ...term,
        offset: { start: term.offset.start + index, length: term.offset.length },
      }));
    for (const run of nameRuns(terms)) {
      const first = run[0];
      const last = run.at(-1);
      if (!first || !last) continue;
      const start = first.offset.start;
      // A possessive ("Japan's") names Japan.
      const end = last.offset.start + last.offset.length - (/['’]s$/u.test(last.text) ? 2 : 0);
      if (covered.some((span) => span.start < end && start < span.end)) continue;
      let name = text.slice(start, end).replace(/[\s,.;:!?)"'”’]+$/u, '');
      // The whole name, its bracketed abbreviation included ("… (MOFCOM)", never "… (MOFCOM").
      const abbreviation = ABBREVIATION.exec(text.slice(start + name.length))?.[0];
      if (abbreviation && !name.includes('(')) name += abbreviation;
      else if (name.includes('(') && !name.includes(')') && text[start + name.length] === ')')
        name += ')';
      if (name.length < 2) continue;
      const tags = new Set(run.flatMap((t) => t.tags));
      const kind: NameKind = tags.has('Person')
        ? 'person'
        : tags.has('Organization')
          ? 'organization'
          : tags.has('Country')
            ? 'country'
            : tags.has('Place')
              ? 'place'
              : 'name';
      const candidate = found.get(name) ?? { text: name, kind, occurrences: [] };
      candidate.occurrences.push({ start, end: start + name.length });
      found.set(name, candidate);
    }
  }
  const candidates = [...found.values()];
  for (const candidate of candidates) {
    if (candidate.text.includes(' ')) continue;
    const full = candidates.find(
      (other) => other.kind === 'person' && other.text.endsWith(` ${candidate.text}`),
    );
    if (full) candidate.shortFor = full.text;
  }
  return candidates;
}

/** Consecutive name-like terms, allowing "of"/"for" between two of them. */
function nameRuns(terms: readonly Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  const close = () => {
    // Titles ("Mayor", "Chief Cabinet Secretary") before a person's name are not part of it.
    if (run.some((term) => term.tags.includes('Person'))) {
      while (run.length > 1 && !run[0]?.tags.includes('Person')) run.shift();
    }
    const before = run[0] ? terms[terms.indexOf(run[0]) - 1] : undefined;
    // After a colon or an opening quote, capitals are as ambiguous as at a sentence start.
    const sentenceStart =
      before === undefined || /[:;]\s*$/u.test(before.post) || /["“(]/u.test(run[0]?.pre ?? '');
    const tagged = run.some((term) => term.tags.some((tag) => NAME_TAGS.includes(tag)));
    // One capitalised word opening a sentence is usually an ordinary word, unless tagged a name.
    const ordinary =
      sentenceStart &&
      run.length === 1 &&
      !run[0]?.tags.some((tag) => tag !== 'ProperNoun' && NAME_TAGS.includes(tag));
    if (run.length > 0 && tagged && !ordinary) runs.push(run);
    run = [];
  };
  terms.forEach((term, index) => {
    const next = terms[index + 1];
    if (isNameLike(term) || isFamilyName(term, next)) {
      run.push(term);
      if (!joinsNext(term)) close();
    } else if (
      run.length > 0 &&
      CONNECTORS.has(term.text) &&
      next &&
      isNameLike(next) &&
      joinsNext(term)
    ) {
      run.push(term);
    } else close();
  });
  close();
  return runs;
}
