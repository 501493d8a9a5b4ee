import nlp from 'compromise';
import { slug } from 'github-slugger';
import { isValidId } from '../analysis/ids.ts';

const MAX_LENGTH = 48;
/** How many key words make a claim's id: enough to tell claims apart, short enough to read. */
const KEY_WORDS = 4;

/**
 * A fresh id for a proposed marker: github-slugger's slug of the first words of `text`, cut at a
 * hyphen to at most 48 characters, with `-2`, `-3`… when `taken` has it. Adds the id to `taken`.
 *
 * @example
 *   freshId('The next day, the association warned', new Set(), 'event') // 'the-next-day-the-association-warned'
 */
export function freshId(text: string, taken: Set<string>, fallback: string): string {
  return uniqueId(text.split(/\s+/).slice(0, 7).join(' '), taken, fallback);
}

/**
 * A fresh, short id for a claim: its first key words (nouns, verbs, adjectives and numbers, as
 * compromise tags them; no pronouns, articles, prepositions or reporting verbs such as "said").
 *
 * @example
 *   keyWordId("China's decision to tighten export controls on dual-use items", new Set(), 'claim')
 *   // 'china-decision-tighten-export'
 */
export function keyWordId(text: string, taken: Set<string>, fallback: string): string {
  const words = keyWords(text);
  return words.length === 0
    ? freshId(text, taken, fallback)
    : uniqueId(words.slice(0, KEY_WORDS).join(' '), taken, fallback);
}

const CONTENT_TAGS = ['Noun', 'Verb', 'Adjective', 'Value'];
const FUNCTION_TAGS = [
  // "on Thursday", "in May": when it was said, not what.
  'Date',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
  'QuestionWord',
];
/** Words that say who spoke, not what was said. */
const REPORTING = new Set(
  [
    'say',
    'said',
    'says',
    'tell',
    'told',
    'state',
    'stated',
    'add',
    'added',
    'note',
    'noted',
  ].concat(['according', 'announce', 'announced', 'claim', 'claimed', 'report', 'reported']),
);

interface Term {
  normal: string;
  tags: string[];
}

function keyWords(text: string): string[] {
  const terms = (nlp(text).json({ terms: { normal: true } }) as { terms: Term[] }[]).flatMap(
    (sentence) => sentence.terms,
  );
  return terms
    .filter(
      (term) =>
        term.tags.some((tag) => CONTENT_TAGS.includes(tag)) &&
        !term.tags.some((tag) => FUNCTION_TAGS.includes(tag)) &&
        !REPORTING.has(term.normal),
    )
    .map((term) => term.normal.replace(/['’]s$/u, ''))
    .filter((word) => /\p{L}|\p{N}/u.test(word));
}

/** `text` slugged and cut to 48 characters at a hyphen, made unique against `taken`. */
function uniqueId(text: string, taken: Set<string>, fallback: string): string {
  let base = slug(text).replace(/^-+|-+$/g, '');
  if (base.length > MAX_LENGTH) base = base.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  if (!isValidId(base)) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id) || !isValidId(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
