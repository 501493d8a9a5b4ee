import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessages } from '../analysis/content-error.ts';
import { createArticleProcessor, parseArticle } from '../analysis/parse-article.ts';
import { BLOCK_SEPARATOR } from '../analysis/text-blocks.ts';
import { articleSkeleton, type NewArticleInput } from './article-skeleton.ts';
import { contentActors } from './content-actors.ts';
import { ToolError } from './tool-error.ts';

/** The files `createArticle` wrote, relative to the working directory. */
interface CreatedArticle {
  article: string;
  original: string;
  /** The author actor file, when it had to be created. */
  authorActor?: string;
}

/**
 * `npm run new`: writes `<contentDir>/articles/<slug>.md`, `<contentDir>/originals/<slug>.txt`
 * and, when absent, the author actor. Refuses to overwrite an article or an original; parses the
 * new article with the core first and refuses to write one that would not build or would not give
 * the text back exactly.
 *
 * @example
 *   createArticle('content', { slug: 'ban', text, url: 'https://example.org/ban', analysed: '2026-11-28' })
 */
export function createArticle(contentDir: string, input: NewArticleInput): CreatedArticle {
  const article = join(contentDir, 'articles', `${input.slug}.md`);
  const original = join(contentDir, 'originals', `${input.slug}.txt`);
  for (const path of [article, original]) {
    if (existsSync(path))
      throw new ToolError(
        `${path} already exists; choose another slug, or delete the file first if you mean to start over`,
      );
  }
  const skeleton = articleSkeleton(input);
  const authorPath = join(contentDir, 'actors', `${skeleton.author}.md`);
  const needsAuthor = !existsSync(authorPath);

  const { registry } = contentActors(contentDir);
  const ids = new Set([...registry.ids, skeleton.author]);
  const parsed = parseArticle(
    createArticleProcessor({ ids, aliases: registry.aliases }),
    skeleton.markdown,
    article,
    { allowUnwritten: true },
  );
  if (!parsed.article)
    throw new Error(
      `internal error: the generated article does not parse:\n${formatMessages([parsed.file])}`,
    );
  const back = parsed.article.plainText.split(BLOCK_SEPARATOR);
  if (JSON.stringify(back) !== JSON.stringify(skeleton.paragraphs))
    throw new Error(
      'internal error: the generated article would not give the text back verbatim; nothing was written',
    );

  for (const dir of ['articles', 'originals', 'actors'])
    mkdirSync(join(contentDir, dir), { recursive: true });
  // Line endings are normalised to LF, which is what the fidelity test splits on.
  const text = input.text.replace(/\r\n?/g, '\n');
  // The author and the original first: a running dev server that saw the article before the
  // actor it names would show an unknown-author error for a moment.
  if (needsAuthor) writeFileSync(authorPath, skeleton.authorActor, { flag: 'wx' });
  writeFileSync(original, text.endsWith('\n') ? text : `${text}\n`, { flag: 'wx' });
  writeFileSync(article, skeleton.markdown, { flag: 'wx' });
  return { article, original, ...(needsAuthor ? { authorActor: authorPath } : {}) };
}
