import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

// A build leaves a draft out of every output: pages, exports, feeds, the sitemap, the search
// index and share images. It names the draft once, with how much is left to write.

/** A word that appears only in the draft and in the actors only the draft names. */
const MARK = 'quuxwobble';

const DRAFT = `---
draft: true
title: "Quuxwobble ministry announces an export ban"
summary: A report of a Quuxwobble briefing.
author: quuxwobble-author
analysed: 2026-11-30
source: { url: "https://example.org/quuxwobble", publisher: Quuxwobble Daily, language: en }
claims:
  ban-announced: { type: factual, claimant: quuxwobble-ministry, status: "false" }
---
The Quuxwobble Ministry said :claim[the ban took effect at once]{#ban-announced}.
`;

const AUTHOR = `---
name: The Quuxwobble report's author (unnamed)
kind: person
---
The author of the Quuxwobble report.
`;

const STUB = `---
name: Quuxwobble Ministry
kind: organization
aliases: [Quuxwobble Ministry]
---
TODO: describe Quuxwobble Ministry in a sentence.
`;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A file's text; the search index's compressed files unpacked. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  try {
    return gunzipSync(bytes).toString('latin1');
  } catch {
    return bytes.toString('latin1');
  }
}

describe('a build with a draft', () => {
  test('publishes nothing of it, and says so in one line', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimlens-drafts-'));
    const content = join(root, 'content');
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'articles', 'quuxwobble-ban.md'), DRAFT);
    writeFileSync(join(content, 'actors', 'quuxwobble-author.md'), AUTHOR);
    writeFileSync(join(content, 'actors', 'quuxwobble-ministry.md'), STUB);
    const outDir = join(root, 'dist');
    const result = spawnSync('node', ['scripts/build.ts'], {
      env: {
        ...process.env,
        OUT_DIR: outDir,
        CLAIMLENS_CONTENT: content,
        ASTRO_CACHE_DIR: `${outDir}.astro-cache`,
        CLAIMLENS_CACHE: `${outDir}.parse-cache`,
      },
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('draft, not published'));
    expect(lines).toEqual([
      expect.stringContaining(
        `draft, not published: ${relative(process.cwd(), join(content, 'articles', 'quuxwobble-ban.md'))}, ` +
          '4 things to write',
      ),
    ]);

    const outputs = [...files(outDir)];
    // The seed is published: the check below reads real pages, exports and index files.
    const names = outputs.map((path) => relative(outDir, path));
    expect(names).toEqual(
      expect.arrayContaining([
        'articles/japan-india-rare-earths/index.html',
        'rss.xml',
        'sitemap-0.xml',
      ]),
    );
    expect(names.some((name) => name.startsWith('pagefind/'))).toBe(true);
    expect(names.filter((name) => name.toLowerCase().includes(MARK))).toEqual([]);
    expect(outputs.filter((path) => textOf(path).toLowerCase().includes(MARK))).toEqual([]);
  });
});
