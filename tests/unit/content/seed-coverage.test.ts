import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { aliasPattern } from '../../../src/analysis/alias-matcher.ts';
import { BLOCK_SEPARATOR } from '../../../src/analysis/text-blocks.ts';

/**
 * The seed article's analysis is complete: every asserting sentence is claimed, every surface
 * form of every actor is a mention, and every dated or datable event is marked and resolved.
 * Each expectation below is written out by hand, so removing a marker, an alias or an event
 * record makes this file fail and name what went missing.
 */

const SLUG = 'japan-india-rare-earths';
const corpus = loadCorpus('content');
const article = (() => {
  const found = corpus.articles.find((entry) => entry.id === SLUG);
  if (!found) throw new Error(`content/articles/${SLUG}.md is missing`);
  return found;
})();
const claims = corpus.claims.filter((claim) => claim.article === SLUG);
const events = corpus.events.filter((event) => event.article === SLUG);

interface Sentence {
  paragraph: number;
  start: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Every sentence of the plain text, segmented paragraph by paragraph, with its absolute offset. */
function sentencesOf(plainText: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  plainText.split(BLOCK_SEPARATOR).forEach((paragraph, index) => {
    for (const { segment, index: at } of segmenter.segment(paragraph))
      sentences.push({ paragraph: index, start: offset + at, text: segment });
    offset += paragraph.length + BLOCK_SEPARATOR.length;
  });
  return sentences;
}

const covered = new Array<boolean>(article.plainText.length).fill(false);
for (const { selector } of claims) covered.fill(true, selector.start, selector.end);

const hasLetter = (text: string) => /\p{L}/u.test(text);
const trimPunctuation = (text: string) => text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

/** The runs of a sentence that no claim covers, trimmed of spaces and punctuation, that contain words. */
function uncoveredFragments({ start, text }: Sentence): string[] {
  const fragments: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    if (covered[start + i]) {
      fragments.push(run);
      run = '';
    } else run += text[i];
  }
  fragments.push(run);
  return fragments.map(trimPunctuation).filter(hasLetter);
}

describe(`${SLUG}: every sentence that asserts something is claimed`, () => {
  const sentences = sentencesOf(article.plainText);

  test('no sentence is left without a claim', () => {
    const unclaimed = sentences.filter(
      (s) => hasLetter(s.text) && !covered.slice(s.start, s.start + s.text.length).some(Boolean),
    );
    expect(unclaimed.map((s) => s.text.trim())).toEqual([]);
  });

  test('only connective words fall outside the claims', () => {
    const outside = sentences.flatMap(uncoveredFragments);
    expect(outside).toEqual([
      'and', // Japan has finally found a way … , and India has assured Japan …
      'and', // … met with Indian Foreign Minister Sujan Singh, and the two sides …
      'Therefore',
      'Of course',
      'so', // … has become blurred, so if it affects …
      'and', // Japan clearly cannot accept this situation and no longer cares …
      'and', // … could not afford to provoke China and quickly held a meeting.
      'However',
      'Therefore',
      'Thus',
      'and', // … without forming any substantive development plans, and even did not …
      'and', // … is absurd, and China's rare earth production capacity …
      'and', // This is both from a practical perspective and seems to be …
      'After all',
      'But',
      'Actually',
      'However',
      'and', // … monopolized by others' technologies, and almost all …
      'At this time',
      'For example',
      'but', // … "glad to do so," but the final beneficiary …
      'but', // … controlled by India, but now Japan has no choice.
      'and', // … gotten more involved, and can only say …
    ]);
  });

  test('the three picture captions are claims of their own', () => {
    const captions = article.plainText.split(BLOCK_SEPARATOR).filter((p) => p.startsWith('('));
    expect(captions).toHaveLength(3);
    for (const caption of captions)
      expect(claims.some((c) => `(${c.text})` === caption)).toBe(true);
  });
});

describe(`${SLUG}: every surface form of every actor is a mention`, () => {
  const author = article.author;

  /**
   * Every alias occurrence in the plain text, found by the core's own matcher (whole words, the
   * longest alias winning) over each paragraph, so the test checks that the parse marks every one.
   */
  function expectedAliasMentions(): { actor: string; text: string; paragraph: number }[] {
    const index = new Map(
      corpus.actors.flatMap((actor) => actor.aliases.map((alias) => [alias, actor.id] as const)),
    );
    const pattern = aliasPattern(index);
    if (!pattern) return [];
    return article.plainText.split(BLOCK_SEPARATOR).flatMap((paragraph, at) =>
      [...paragraph.matchAll(pattern)].map(([text]) => ({
        actor: index.get(text) ?? '',
        text,
        paragraph: at,
      })),
    );
  }

  test('every alias occurrence in the text is found as a mention, in order', () => {
    const found = article.mentions
      .filter((m) => !m.marked)
      .map(({ actor, text, paragraph }) => ({ actor, text, paragraph }));
    expect(found).toEqual(expectedAliasMentions());
  });

  test('the surface forms each actor is found by', () => {
    const forms = new Map<string, Set<string>>();
    for (const { actor, text } of article.mentions)
      forms.set(actor, (forms.get(actor) ?? new Set()).add(text));
    const asObject = Object.fromEntries(
      [...forms]
        .map(([actor, set]) => [actor, [...set].sort()])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(asObject).toEqual({
      canada: ['Canada'],
      china: ['China', 'Chinese', "People's Republic of China", 'we'],
      'china-mofcom': ['Chinese Ministry of Commerce'],
      g7: ['G7', 'G7 countries'],
      germany: ['German'],
      india: ['India', 'Indian'],
      japan: ['Japan', 'Japanese'],
      'japan-mofa': ['Asia-Oceania Bureau at the Ministry of Foreign Affairs'],
      'kanai-masaaki': ['Kimi Masahiro'],
      'kihara-minoru': ['Chief Cabinet Secretary Kiwamizu Takashi'],
      'lars-klingbeil': ['Finance Minister Klinsbeil'],
      'motegi-toshimitsu': ['Foreign Minister Masuda Shigeko'],
      'neo-performance-materials': ['New Performance Materials Company'],
      'rahim-suleman': ['He', 'Sulaiman'],
      's-jaishankar': ['Foreign Minister Sujan Singh'],
      'takaichi-sanae': ['Asano Hayato', 'High-ranking official Asano Hayato', 'She', 'she'],
      'united-states': ['United States'],
      'yahoo-news-japan': ['Yahoo News Japan'],
    });
  });

  test('pronouns are marked by hand, never matched as aliases', () => {
    const marked = article.mentions.filter((m) => m.marked).map((m) => `${m.actor}: ${m.text}`);
    expect(marked).toEqual([
      'china: we',
      'takaichi-sanae: She',
      'takaichi-sanae: she',
      'rahim-suleman: He',
    ]);
  });

  test('every actor but the unnamed author is mentioned in the text', () => {
    const mentioned = new Set(article.mentions.map((m) => m.actor));
    expect(
      corpus.actors.filter((a) => a.id !== author && !mentioned.has(a.id)).map((a) => a.id),
    ).toEqual([]);
  });

  test('every claim flagged for a garbled name is about an actor identified with sources', () => {
    const byId = new Map(corpus.actors.map((a) => [a.id, a]));
    for (const claim of claims.filter((c) => c.flags.includes('garbled-name'))) {
      const identified = claim.about
        .map((id) => byId.get(id))
        .filter((a) => a?.identification && a.identification.sources.length > 0);
      expect(identified, claim.id).not.toHaveLength(0);
    }
  });
});

describe(`${SLUG}: every dated or datable event is marked and resolved`, () => {
  test('the events, the dates the text implies and the documented dates', () => {
    const table = events.map((e) => ({
      id: e.id,
      asWritten: e.date.asWritten,
      told: e.date.value ?? 'undated',
      precision: e.date.precision ?? 'none',
      anchor: e.date.relative?.anchor ?? null,
      documented: e.documented?.value ?? null,
    }));
    expect(table).toEqual([
      {
        id: 'yahoo-report',
        asWritten: 'January 19',
        told: '2026-01-19',
        precision: 'day',
        anchor: null,
        documented: null,
      },
      {
        id: 'india-japan-dialogue',
        asWritten: 'met with',
        told: '2026-01-19',
        precision: 'day',
        anchor: null,
        documented: '2026-01-16',
      },
      {
        id: 'mofcom-ban',
        asWritten: 'In 2026',
        told: '2026',
        precision: 'year',
        anchor: null,
        documented: '2026-01-06',
      },
      {
        id: 'kanai-protest',
        asWritten: 'within a few hours',
        told: '2026',
        precision: 'year',
        anchor: 'mofcom-ban',
        documented: '2026-01-06',
      },
      {
        id: 'kihara-statement',
        asWritten: 'The next day',
        told: '2026',
        precision: 'year',
        anchor: 'mofcom-ban',
        documented: '2026-01-07',
      },
      {
        id: 'takaichi-protest',
        asWritten: 'after a few days of silence',
        told: '2026',
        precision: 'year',
        anchor: 'mofcom-ban',
        documented: '2026-01-11',
      },
      {
        id: 'china-rejects',
        asWritten: 'does not accept this',
        told: '2026',
        precision: 'year',
        anchor: 'takaichi-protest',
        documented: '2026-01-15',
      },
      {
        id: 'takaichi-g7-pledge',
        asWritten: 'At the same time',
        told: '2026',
        precision: 'year',
        anchor: 'takaichi-protest',
        documented: '2026-01-11',
      },
      {
        id: 'g7-meeting',
        asWritten: 'quickly held a meeting',
        told: '2026',
        precision: 'year',
        anchor: 'takaichi-protest',
        documented: '2026-01-12',
      },
      {
        id: 'suleman-remarks',
        asWritten: 'Before this meeting',
        told: '2026',
        precision: 'year',
        anchor: 'g7-meeting',
        documented: '2025-09-24',
      },
      {
        id: 'klingbeil-remark',
        asWritten: 'At the meeting',
        told: '2026',
        precision: 'year',
        anchor: 'g7-meeting',
        documented: '2026-01-12',
      },
      {
        id: 'india-discovery',
        asWritten: 'In July 2025',
        told: '2025-07',
        precision: 'month',
        anchor: null,
        documented: '2025-07-21',
      },
      {
        id: 'takaichi-taiwan-remark',
        asWritten: 'earlier',
        told: 'undated',
        precision: 'none',
        anchor: null,
        documented: '2025-11-07',
      },
    ]);
  });

  test('every event is linked from at least one claim', () => {
    const linked = new Set(claims.flatMap((c) => c.events));
    expect(events.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
