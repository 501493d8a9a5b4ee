import type { Root as HastRoot } from 'hast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { formatMessage } from './content-error.ts';
import type { ActorRegistry } from './parse-state.ts';
import { report } from './report.ts';
import { checkSourceLimits, checkTreeDepth } from './limits.ts';
import { remarkAnnotations } from './remark-annotations.ts';
import { remarkArticleFrontmatter } from './remark-article-frontmatter.ts';
import type { Article, ArticleEvent, Claim } from './schema/entries.ts';
import { UNWRITTEN_RULES } from './schema/assessment.ts';
import { renderNote, safeHtmlPlugins, toHtmlBlocks } from '../markdown/markdown-processor.ts';

/** Everything one article yields, or the file with its messages when it has problems. */
export interface ParsedArticle {
  file: VFile;
  article?: Article;
  claims: Claim[];
  events: ArticleEvent[];
  /**
   * A draft's writing still to do before publishing (`UNWRITTEN_RULES`), taken off `file.messages`:
   * in a draft they are no errors. Empty for an article that is not a draft.
   */
  toWrite: VFileMessage[];
}

/** Options for tools that help write an article, never for the build. */
interface ParseOptions {
  /**
   * Yield the article although the analyst's writing is unfinished (`UNWRITTEN_RULES`: no
   * assessment, findings or key claims yet); the messages stay on the file. An unwritten
   * assessment reads as empty.
   */
  allowUnwritten?: boolean;
}

/** The article pipeline: parse, validate frontmatter, annotate, then the shared safe-HTML tail. */
export function createArticleProcessor(registry: ActorRegistry, options: { today?: string } = {}) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDirective)
    .use(remarkArticleFrontmatter)
    .use(remarkAnnotations, { registry, ...options })
    .use(safeHtmlPlugins)
    .freeze();
}

/**
 * Parses one article once: typed entries plus its rendered blocks. Problems are messages on
 * `result.file`; when there is any, no article is returned.
 *
 * @example
 *   const { article, claims } = parseArticle(processor, source, 'content/articles/seed.md')
 */
export function parseArticle(
  processor: ReturnType<typeof createArticleProcessor>,
  source: string,
  path: string,
  options: ParseOptions = {},
): ParsedArticle {
  const file = new VFile({ path, value: source });
  if (!checkSourceLimits(source, file)) return { file, claims: [], events: [], toWrite: [] };
  let hast: HastRoot;
  try {
    const tree = processor.parse(file);
    if (!checkTreeDepth(tree, file)) return { file, claims: [], events: [], toWrite: [] };
    hast = processor.runSync(tree, file) as HastRoot;
  } catch (error) {
    // Running out of stack is the one failure that input alone can cause past the limits checked
    // above. Any other error, other RangeErrors included, is a bug to surface, with the file named.
    if (!(error instanceof RangeError) || !error.message.includes('call stack')) {
      throw new Error(`${path}: processing failed: ${String(error)}`, { cause: error });
    }
    report(
      file,
      'content is too deeply nested to process (the parser ran out of stack); flatten its nesting',
      { line: 1, column: 1 },
      'too-deep',
    );
    return { file, claims: [], events: [], toWrite: [] };
  }
  const frontmatter = file.data.frontmatter;
  const annotations = file.data.annotations;
  const draft = frontmatter?.draft === true;
  const toWrite = draft ? file.messages.filter(isUnwritten) : [];
  if (draft) file.messages = file.messages.filter((m) => !isUnwritten(m));
  const blocking = file.messages.filter(
    (m) => !(options.allowUnwritten === true && isUnwritten(m)),
  );
  if (!frontmatter || !annotations || blocking.length > 0)
    return { file, claims: [], events: [], toWrite };

  const slug = file.stem ?? '';
  const claims = annotations.claims.map((claim) =>
    claim.note === undefined ? claim : { ...claim, noteHtml: renderNote(claim.note) },
  );
  const article: Article = {
    id: slug,
    title: frontmatter.title,
    summary: frontmatter.summary,
    author: frontmatter.author,
    source: frontmatter.source,
    ...(frontmatter.translation ? { translation: frontmatter.translation } : {}),
    ...(frontmatter.disclaimer === undefined ? {} : { disclaimer: frontmatter.disclaimer }),
    analysed: frontmatter.analysed,
    assessment: frontmatter.assessment
      ? { ...frontmatter.assessment, summaryHtml: renderNote(frontmatter.assessment.summary) }
      : { verdict: '', summary: '', summaryHtml: '', key: [] },
    blocks: toHtmlBlocks(hast),
    plainText: annotations.plainText,
    claims: claims.map((c) => c.id),
    events: annotations.events.map((e) => e.id),
    mentions: annotations.mentions,
    retired: Object.entries(frontmatter.retired ?? {}).map(([id, r]) => ({
      id,
      ...(r.to === undefined ? {} : { to: r.to }),
      note: r.note,
    })),
    updates: frontmatter.updates ?? [],
    ...(draft
      ? { draft: { path, toWrite: toWrite.map((message) => formatMessage(path, message)) } }
      : {}),
  };
  return { file, article, claims, events: annotations.events, toWrite };
}

const isUnwritten = (message: VFileMessage) => UNWRITTEN_RULES.has(message.ruleId ?? '');
