/**
 * Synthetic articles in the project's own syntax, for benchmarks and robustness tests.
 * Deterministic: the same arguments give the same text.
 */

const WORDS = (
  'the ministry said on that day a ban on exports of rare earth items would take effect while officials in ' +
  'several capitals protested and analysts expected further talks about supply chains and prices'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so corpora are reproducible. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence of `n` words, capitalised, ending in a full stop. */
function sentence(random: () => number, n: number): string {
  const words = Array.from(
    { length: n },
    () => WORDS[Math.floor(random() * WORDS.length)] ?? 'word',
  );
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

interface SyntheticOptions {
  seed: number;
  paragraphs: number;
  sentencesPerParagraph: number;
  /** Every how many sentences one is marked as a claim (1 = every sentence). */
  claimEvery: number;
  /** How many events, spread over the first paragraphs, of all date forms. */
  events: number;
  /** Actor names to sprinkle in (they must exist as actors with these aliases). */
  actorNames: readonly string[];
  mentionsPerParagraph: number;
}

const DATE_FORMS = [
  (i: number) => ({ phrase: `In ${2000 + (i % 25)}`, record: `date: ${2000 + (i % 25)}` }),
  (i: number) => ({ phrase: `In March ${2000 + (i % 25)}`, record: `date: ${2000 + (i % 25)}-03` }),
  (i: number) => ({
    phrase: `On 19 January ${2000 + (i % 25)}`,
    record: `date: ${2000 + (i % 25)}-01-19`,
  }),
  () => ({ phrase: 'The next day', record: 'after: e0\n    offset: P1D' }),
  () => ({
    phrase: 'within a few hours',
    record: 'after: e0\n    offset: PT3H\n    approximate: true',
  }),
  () => ({
    phrase: 'after a few days',
    record: 'after: e0\n    offset: P3D\n    approximate: true',
  }),
];

/**
 * One article: frontmatter with a record per claim and event, and a body whose claims are whole
 * sentences and whose events are date phrases opening a sentence.
 */
export function syntheticArticle(options: SyntheticOptions): string {
  const random = seeded(options.seed);
  const claims: string[] = [];
  const events: string[] = [];
  let sentenceIndex = 0;
  const body: string[] = [];
  for (let p = 0; p < options.paragraphs; p++) {
    const parts: string[] = [];
    for (let s = 0; s < options.sentencesPerParagraph; s++, sentenceIndex++) {
      let text = sentence(random, 12 + Math.floor(random() * 10));
      if (events.length < options.events && s === 0) {
        const form = DATE_FORMS[events.length % DATE_FORMS.length]?.(events.length) ?? {
          phrase: 'In 2020',
          record: 'date: 2020',
        };
        const id = `e${events.length}`;
        events.push(`  ${id}:\n    summary: Event ${events.length}\n    ${form.record}`);
        text = `:event[${form.phrase}]{#${id}}, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      }
      if (sentenceIndex % options.claimEvery === 0) {
        const id = `c${claims.length}`;
        claims.push(
          `  ${id}: { type: ${['factual', 'opinion', 'attributed'][claims.length % 3]}, claimant: author, ` +
            'status: unverified }',
        );
        text = `:claim[${text}]{#${id}}`;
      }
      parts.push(text);
    }
    for (let m = 0; m < options.mentionsPerParagraph && options.actorNames.length > 0; m++) {
      parts.push(
        `${options.actorNames[Math.floor(random() * options.actorNames.length)]} was mentioned.`,
      );
    }
    body.push(parts.join(' '));
  }
  return [
    '---',
    `title: Synthetic article ${options.seed}`,
    'summary: A generated article for benchmarks.',
    'author: bench-author',
    'analysed: 2026-11-28',
    'source: { url: "https://example.org/", publisher: Bench, language: en }',
    // Every generated claim is unverified, so no key claim is needed.
    'assessment: { verdict: Not checked, summary: "A generated article. Nothing in it was checked.", key: [] }',
    claims.length > 0 ? `claims:\n${claims.join('\n')}` : '',
    events.length > 0 ? `events:\n${events.join('\n')}` : '',
    '---',
    body.join('\n\n'),
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
