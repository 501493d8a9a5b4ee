import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseActor } from '../analysis/parse-actor.ts';
import { actorStubs } from './actor-stubs.ts';
import { analyzeArticle, type ArticleReport, type ContentProblem } from './analyze-article.ts';
import { fixArticle, type ProposedMarker } from './fix-article.ts';
import { committedVersion } from './committed-version.ts';
import { contentActors } from './content-actors.ts';
import { ToolError } from './tool-error.ts';

/** What `--fix` wrote for one article. */
export interface FixSummary {
  file: string;
  markers: Pick<ProposedMarker, 'kind' | 'id' | 'text'>[];
  skipped: { kind: ProposedMarker['kind']; id: string; text: string; reason: string }[];
  actorFiles: string[];
}

/** The result of one `npm run analyze`. */
export interface ContentAnalysis {
  /** Problems in actor files, which every article depends on. */
  errors: ContentProblem[];
  articles: ArticleReport[];
  fixes: FixSummary[];
}

/** Options of `analyzeContent`. */
interface AnalyzeOptions {
  contentDir: string;
  /** Articles to analyse; all when empty. */
  slugs: readonly string[];
  fix: boolean;
  /**
   * Compare each claim's status with the article's last commit (`git show HEAD:…`); on unless
   * false. An article outside git or not committed yet has nothing to compare with.
   */
  compareWithCommit?: boolean;
  /** Called before each article, for progress on long runs. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * `npm run analyze`: analyses the chosen articles of a content folder and, with `fix`, writes the
 * proposed markers, records and actor files (never overwriting an actor file).
 *
 * @example
 *   const { articles } = analyzeContent({ contentDir: 'content', slugs: ['ban'], fix: false })
 */
export function analyzeContent(options: AnalyzeOptions): ContentAnalysis {
  const dir = join(options.contentDir, 'articles');
  const all = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.slice(0, -3))
        .sort()
    : [];
  for (const slug of options.slugs) {
    if (!all.includes(slug))
      throw new ToolError(
        `no article "${slug}" in ${dir}; known: ${all.join(', ') || 'none'} (create one with npm run new)`,
      );
  }
  const slugs = options.slugs.length > 0 ? options.slugs : all;
  let actors = contentActors(options.contentDir);
  const errors = actors.failing.flatMap((file) =>
    file.messages.map((m) => ({
      file: file.path,
      line: m.line ?? 1,
      column: m.column ?? 1,
      reason: m.reason,
      ...(m.ruleId ? { rule: m.ruleId } : {}),
    })),
  );
  const result: ContentAnalysis = { errors, articles: [], fixes: [] };

  slugs.forEach((slug, index) => {
    const path = relative(process.cwd(), join(dir, `${slug}.md`));
    options.onProgress?.(index, slugs.length, path);
    const source = readFileSync(path, 'utf8');
    const committed = options.compareWithCommit === false ? undefined : committedVersion(path);
    const previous = committed?.found ? committed.source : undefined;
    const { report, context } = analyzeArticle(
      source,
      path,
      actors.registry,
      previous,
      actors.actors,
    );
    result.articles.push(report);
    if (!options.fix || !context) return;

    const stubs = actorStubs(report.actors, actors.registry.ids).filter((stub) => {
      const file = join(options.contentDir, 'actors', `${stub.id}.md`);
      return !existsSync(file) && parseActor(stub.markdown, file).file.messages.length === 0;
    });
    const fixed = fixArticle(report, context, actors.registry, stubs, actors.actors);
    const actorFiles = stubs.map((stub) => {
      const file = relative(process.cwd(), join(options.contentDir, 'actors', `${stub.id}.md`));
      writeFileSync(file, stub.markdown, { flag: 'wx' });
      return file;
    });
    if (fixed.source !== source) writeFileSync(path, fixed.source);
    result.fixes.push({
      file: path,
      markers: fixed.written.map(({ kind, id, text }) => ({ kind, id, text })),
      skipped: fixed.skipped.map(({ marker, reason }) => ({
        kind: marker.kind,
        id: marker.id,
        text: marker.text,
        reason,
      })),
      actorFiles,
    });
    // The next article sees the new actors, so it does not propose them again.
    if (actorFiles.length > 0) actors = contentActors(options.contentDir);
  });
  options.onProgress?.(slugs.length, slugs.length, '');
  return result;
}
