import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/analysis/content-error.ts';
import { LiveCorpus } from '../../../src/loaders/live-corpus.ts';
import { SEED } from '../helpers/seed.ts';

const seed = 'japan-india-rare-earths';
let dir: string;
let live: LiveCorpus;
const article = (slug: string) => join(dir, 'articles', `${slug}.md`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'live-corpus-'));
  cpSync(SEED, dir, { recursive: true });
  live = new LiveCorpus(dir);
  live.load();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('LiveCorpus', () => {
  test('re-reads only the article that changed, and shows the change', () => {
    const source = readFileSync(article(seed), 'utf8');
    writeFileSync(article(seed), source.replace(/^title: .*$/m, 'title: Changed title'));
    const { read } = live.update([article(seed)]);
    expect(read).toEqual([relative(process.cwd(), article(seed))]);
    expect(live.corpus().articles.map((a) => a.title)).toEqual(['Changed title']);
  });

  test('says whether a change changed anything: a file saved again unchanged did not', () => {
    const source = readFileSync(article(seed), 'utf8');
    writeFileSync(article(seed), source);
    expect(live.update([article(seed)]).changed).toBe(false);
    writeFileSync(article(seed), source.replace(/^title: .*$/m, 'title: Changed title'));
    expect(live.update([article(seed)]).changed).toBe(true);
    expect(live.update([article(seed)]).changed).toBe(false);
    rmSync(article(seed));
    expect(live.update([article(seed)]).changed).toBe(true);
    expect(live.update([article(seed)]).changed).toBe(false);
  });

  test('takes in an added article, a renamed one and a deleted one', () => {
    cpSync(article(seed), article('copy'));
    live.update([article('copy')]);
    expect(live.corpus().articles.map((a) => a.id)).toEqual(['copy', seed]);
    renameSync(article('copy'), article('renamed'));
    live.update([article('copy'), article('renamed')]);
    expect(live.corpus().articles.map((a) => a.id)).toEqual([seed, 'renamed']);
    rmSync(article('renamed'));
    live.update([article('renamed')]);
    expect(live.corpus().articles.map((a) => a.id)).toEqual([seed]);
    expect(live.corpus().claims.every((claim) => claim.article === seed)).toBe(true);
  });

  test('a problem throws the build error until it is fixed', () => {
    const source = readFileSync(article(seed), 'utf8');
    writeFileSync(article(seed), source.replace('claimant: india', 'claimant: nobody-known'));
    live.update([article(seed)]);
    expect(() => live.corpus()).toThrow(ContentError);
    expect(() => live.corpus()).toThrow(
      /japan-india-rare-earths\.md:\d+:\d+: .*unknown actor "nobody-known"/,
    );
    writeFileSync(article(seed), source);
    live.update([article(seed)]);
    expect(live.corpus().articles).toHaveLength(1);
  });

  test('a broken article is left out and named while every other article stays', () => {
    const source = readFileSync(article(seed), 'utf8');
    cpSync(article(seed), article('broken'));
    writeFileSync(article('broken'), source.replace('claimant: india', 'claimant: nobody-known'));
    live.update([article('broken')]);
    const { corpus, failing } = live.current();
    expect(corpus.articles.map((a) => a.id)).toEqual([seed]);
    expect(failing.map((file) => file.stem)).toEqual(['broken']);
  });

  test('a draft is kept, with what it still lacks', () => {
    const source = readFileSync(article(seed), 'utf8');
    writeFileSync(
      article('draft'),
      source.replace(/^---\n/, '---\ndraft: true\n').replace(/^assessment:(\n {2}.*)+\n/m, ''),
    );
    live.update([article('draft')]);
    const draft = live.corpus().articles.find((a) => a.id === 'draft');
    expect(draft?.draft?.toWrite).toEqual([expect.stringMatching(/\[missing-assessment\]$/)]);
  });

  test('a changed actor is seen by every article', () => {
    const path = join(dir, 'actors', 'india.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^name: .*$/m, 'name: Republic of India'),
    );
    const { read } = live.update([path]);
    expect(read).toHaveLength(1);
    expect(live.corpus().actors.find((a) => a.id === 'india')?.name).toBe('Republic of India');
  });

  test('ignores files it does not read (originals, other folders)', () => {
    expect(
      live.update([join(dir, 'originals', `${seed}.txt`), 'src/pages/index.astro']).read,
    ).toEqual([]);
  });
});
