import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { SEED } from '../helpers/seed.ts';

/**
 * The parser on a real article: the frozen copy of the seed (tests/fixtures/seed). Each
 * expectation is written out by hand, so a change in how aliases are matched, pronouns kept apart
 * or dates resolved makes this file fail and name what changed. The live seed's own guarantees
 * (every sentence claimed, every actor mentioned, every event linked) are content checks:
 * `npm run check:content`.
 */

const SLUG = 'japan-india-rare-earths';
const corpus = loadCorpus(SEED);
const article = (() => {
  const found = corpus.articles.find((entry) => entry.id === SLUG);
  if (!found) throw new Error(`${SEED}/articles/${SLUG}.md is missing`);
  return found;
})();
const events = corpus.events.filter((event) => event.article === SLUG);

describe(`${SLUG}: every surface form of every actor is a mention`, () => {
  // Counted from the original's words: "Japan" 30 times (one inside "Yahoo News Japan") and
  // "Japanese" twice; "China" 24 (one inside "People's Republic of China") and "Chinese" once
  // outside "Chinese Ministry of Commerce"; "India" 17 and "Indian" twice; "G7" 5, one of them
  // inside "G7 countries".
  test('every alias occurrence in the text is found as a mention, counted by actor', () => {
    const counts: Record<string, number> = {};
    for (const { actor } of article.mentions.filter((m) => !m.marked))
      counts[actor] = (counts[actor] ?? 0) + 1;
    expect(counts).toEqual({
      canada: 1,
      china: 25,
      'china-mofcom': 1,
      g7: 5,
      germany: 2,
      india: 19,
      japan: 31,
      'japan-mofa': 1,
      'kanai-masaaki': 1,
      'kihara-minoru': 1,
      'lars-klingbeil': 2,
      'motegi-toshimitsu': 2,
      'neo-performance-materials': 1,
      'rahim-suleman': 1,
      's-jaishankar': 2,
      'takaichi-sanae': 3,
      'united-states': 1,
      'yahoo-news-japan': 1,
    });
  });

  test('a long alias wins over the short one inside it, in the order the text gives them', () => {
    const inParagraph = (at: number) =>
      article.mentions
        .filter((m) => !m.marked && m.paragraph === at)
        .map((m) => `${m.actor}: ${m.text}`);
    expect(inParagraph(6)).toEqual([
      'japan: Japan',
      'japan-mofa: Asia-Oceania Bureau at the Ministry of Foreign Affairs',
      'kanai-masaaki: Kimi Masahiro',
      'china: China',
      'kihara-minoru: Chief Cabinet Secretary Kiwamizu Takashi',
    ]);
    expect(inParagraph(8)).toEqual([
      'takaichi-sanae: Asano Hayato',
      'g7: G7',
      'china: China',
      'g7: G7 countries',
      'china: China',
    ]);
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
});

describe(`${SLUG}: the dates the text gives its events, resolved from the records of their anchors`, () => {
  test('the events, the dates the text implies and the documented dates', () => {
    const table = events.map((e) => ({
      id: e.id,
      asWritten: e.date.asWritten,
      told: e.date.value ?? 'undated',
      precision: e.date.precision ?? 'none',
      anchor: e.date.relative?.anchor ?? null,
      documented: e.documented?.value ?? null,
      comparison: e.documented?.comparison ?? null,
    }));
    expect(table).toEqual([
      {
        id: 'yahoo-report',
        asWritten: 'January 19',
        told: '2026-01-19',
        precision: 'day',
        anchor: null,
        documented: null,
        comparison: null,
      },
      {
        id: 'india-japan-dialogue',
        asWritten: 'met with',
        told: '2026-01-19',
        precision: 'day',
        anchor: null,
        documented: '2026-01-16',
        comparison: 'confirms',
      },
      {
        id: 'mofcom-ban',
        asWritten: 'In 2026',
        told: '2026',
        precision: 'year',
        anchor: null,
        documented: '2026-01-06',
        comparison: 'refines',
      },
      {
        id: 'kanai-protest',
        asWritten: 'within a few hours',
        told: '2026-01-06',
        precision: 'day',
        anchor: 'mofcom-ban',
        documented: '2026-01-06',
        comparison: 'confirms',
      },
      {
        id: 'kihara-statement',
        asWritten: 'The next day',
        told: '2026-01-07',
        precision: 'day',
        anchor: 'mofcom-ban',
        documented: '2026-01-07',
        comparison: 'confirms',
      },
      {
        id: 'takaichi-protest',
        asWritten: 'after a few days of silence',
        told: '2026-01-09',
        precision: 'day',
        anchor: 'mofcom-ban',
        documented: '2026-01-11',
        comparison: 'confirms',
      },
      {
        id: 'china-rejects',
        asWritten: 'does not accept this',
        told: '2026-01-11',
        precision: 'day',
        anchor: 'takaichi-protest',
        documented: '2026-01-15',
        comparison: 'refines',
      },
      {
        id: 'takaichi-g7-pledge',
        asWritten: 'At the same time',
        told: '2026-01-11',
        precision: 'day',
        anchor: 'takaichi-protest',
        documented: '2026-01-11',
        comparison: 'confirms',
      },
      {
        id: 'g7-meeting',
        asWritten: 'quickly held a meeting',
        told: '2026-01-11',
        precision: 'day',
        anchor: 'takaichi-protest',
        documented: '2026-01-12',
        comparison: 'confirms',
      },
      {
        id: 'suleman-remarks',
        asWritten: 'Before this meeting',
        told: '2026-01-11',
        precision: 'day',
        anchor: 'g7-meeting',
        documented: '2025-09-24',
        comparison: 'contradicts',
      },
      {
        id: 'klingbeil-remark',
        asWritten: 'At the meeting',
        told: '2026-01-12',
        precision: 'day',
        anchor: 'g7-meeting',
        documented: '2026-01-12',
        comparison: 'confirms',
      },
      {
        id: 'india-discovery',
        asWritten: 'In July 2025',
        told: '2025-07',
        precision: 'month',
        anchor: null,
        documented: '2025-07-21',
        comparison: 'refines',
      },
      {
        id: 'takaichi-taiwan-remark',
        asWritten: 'earlier',
        told: 'undated',
        precision: 'none',
        anchor: null,
        documented: '2025-11-07',
        comparison: 'refines',
      },
    ]);
  });
});
