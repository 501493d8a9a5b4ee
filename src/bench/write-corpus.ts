import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticArticle } from './synthetic.ts';

/** Names of the shared actors; each is its own alias. */
function actorNames(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `Actor ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''}`,
  );
}

/**
 * Writes N synthetic articles in the project's syntax (~1,200 words, ~18 claims, ~6 events of all
 * date forms, ~10 mentions over 50 shared actors) to `dir/{actors,articles}`, and the same texts
 * without any annotation to `plainDir` for the plain-Markdown comparison.
 */
export function writeCorpus(dir: string, plainDir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  rmSync(plainDir, { recursive: true, force: true });
  mkdirSync(join(dir, 'actors'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(plainDir, { recursive: true });
  const names = actorNames(50);
  writeFileSync(
    join(dir, 'actors', 'bench-author.md'),
    '---\nname: Bench author\nkind: person\n---\n',
  );
  names.forEach((name, i) =>
    writeFileSync(
      join(dir, 'actors', `actor-${i}.md`),
      `---\nname: ${name}\nkind: organization\naliases: ["${name}"]\n---\nA generated actor.\n`,
    ),
  );
  for (let i = 0; i < n; i++) {
    const options = {
      seed: i + 1,
      paragraphs: 12,
      sentencesPerParagraph: 6,
      claimEvery: 4,
      events: 6,
      actorNames: names,
      mentionsPerParagraph: 1,
    };
    const annotated = syntheticArticle(options);
    writeFileSync(join(dir, 'articles', `article-${i}.md`), annotated);
    writeFileSync(join(plainDir, `article-${i}.md`), plainMarkdown(annotated));
  }
}

/** The same article as plain Markdown: frontmatter reduced to a title, markers unwrapped. */
function plainMarkdown(annotated: string): string {
  const body = annotated.slice(annotated.indexOf('\n---\n') + 5);
  const title = /^title: (.*)$/m.exec(annotated)?.[1] ?? 'Article';
  // The generator's labels hold no brackets but inner markers, so unwrapping innermost first is exact.
  let text = body;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/:(?:claim|event|actor)\[([^\][]*)\]\{[^}]*\}/g, '$1');
  }
  return `---\ntitle: ${title}\n---\n${text}`;
}
