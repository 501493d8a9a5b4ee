import { stringify } from 'yaml';
import { parseDateValue } from '../analysis/dates.ts';
import { isValidId } from '../analysis/ids.ts';
import { isSafeUrl } from '../analysis/safe-url.ts';
import { paragraphsToMarkdown } from './paragraphs-to-markdown.ts';
import { splitOriginal } from './split-original.ts';
import { ToolError } from './tool-error.ts';

/** What `npm run new` knows about a text before any analysis. */
export interface NewArticleInput {
  slug: string;
  /** The pasted text, as read from the file. */
  text: string;
  url?: string;
  publisher?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  language?: string;
  /** Defaults to the first paragraph of the text. */
  title?: string;
  /** The author actor id; defaults to `<slug>-author`. */
  author?: string;
  /** `YYYY-MM-DD`: the day of the analysis, normally today. */
  analysed: string;
}

/** The files `npm run new` writes, before they are written. */
interface ArticleSkeleton {
  /** `content/articles/<slug>.md`. */
  markdown: string;
  /** The text's paragraphs, which the body must give back exactly. */
  paragraphs: string[];
  author: string;
  /** `content/actors/<author>.md`, used when that actor does not exist yet. */
  authorActor: string;
}

/** The summary placeholder; it builds, and says what to do. */
export const SUMMARY_TODO = 'TODO: summarise the article in one or two sentences.';

/**
 * Builds a new article from a plain text: the text verbatim as paragraphs (escaped by
 * remark-stringify), and a complete frontmatter skeleton that passes the schema, with the
 * analyst's work marked TODO. Throws a `ToolError` naming the flag to fix.
 *
 * @example
 *   articleSkeleton({ slug: 'ban', text: 'Ban announced\nThe ministry said…', url: 'https://example.org/ban', publisher: 'Example', analysed: '2026-11-28' })
 */
export function articleSkeleton(input: NewArticleInput): ArticleSkeleton {
  const { paragraphs, asWritten, statement } = splitOriginal(input.text);
  if (!isValidId(input.slug))
    throw new ToolError(
      `slug "${input.slug}" is not a valid id: use 2–63 lower-case letters, digits and hyphens, starting with a ` +
        'letter or digit',
    );
  if (paragraphs.length === 0)
    throw new ToolError('the text file holds no text; paste the article into it');
  const url =
    input.url ?? (asWritten !== undefined && isSafeUrl(asWritten) ? asWritten : undefined);
  if (url === undefined)
    throw new ToolError(
      `no source URL: pass --url https://… (the text's "Original:" line${asWritten === undefined ? ' is missing' : ` "${asWritten}" is not an absolute http(s) URL`})`,
    );
  if (!isSafeUrl(url)) throw new ToolError(`--url "${url}" is not an absolute http: or https: URL`);
  const publisher = input.publisher ?? new URL(url).hostname.replace(/^www\./, '');
  if (input.published !== undefined) {
    const date = parseDateValue(input.published);
    if (!date.ok || date.value.precision !== 'day')
      throw new ToolError(`--published "${input.published}" is not a date: write YYYY-MM-DD`);
  }
  const language = input.language ?? 'en';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language))
    throw new ToolError(
      `--language "${language}" is not a language tag: write e.g. en, zh or pt-BR`,
    );
  const author = input.author ?? `${input.slug}-author`;
  if (!isValidId(author))
    throw new ToolError(`author id "${author}" is not a valid id; pass --author with a shorter id`);
  const title = input.title ?? paragraphs[0] ?? '';

  const frontmatter = {
    // A draft until the analyst has written what publishing needs; the dev server lists it.
    draft: true,
    title,
    summary: SUMMARY_TODO,
    author,
    analysed: input.analysed,
    source: {
      url,
      ...(asWritten === undefined ? {} : { asWritten }),
      publisher,
      ...(input.published === undefined ? {} : { published: input.published }),
      language,
    },
    ...(statement === undefined ? {} : { disclaimer: statement }),
    claims: {},
    events: {},
  };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const authorActor = `---\n${stringify(
    {
      name: "The article's author (unnamed)",
      kind: 'person',
      role: `Author of “${title}” (${publisher})`,
      identification: {
        confidence: 'unknown',
        note: 'TODO: name the author if the text or its source says who wrote it.',
      },
    },
    { lineWidth: 0 },
  )}---\nThe author of the article. Where the article speaks in its own voice, the claimant is this author.\n`;
  return {
    markdown: `---\n${yaml}---\n${paragraphsToMarkdown(paragraphs)}`,
    paragraphs,
    author,
    authorActor,
  };
}
