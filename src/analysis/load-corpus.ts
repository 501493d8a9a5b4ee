import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { ActorRegistry } from './parse-state.ts';
import { report } from './report.ts';
import { createArticleProcessor, parseArticle } from './parse-article.ts';
import { parseActor } from './parse-actor.ts';
import { codeDigest, digest, type ParseCache } from './parse-cache.ts';
import { ContentError } from './content-error.ts';
import type { Actor, Article, ArticleEvent, Claim } from './schema/entries.ts';

/** Every typed entry of a content folder. */
export interface Corpus {
  articles: Article[];
  claims: Claim[];
  events: ArticleEvent[];
  actors: Actor[];
}

/** Reads `*.md` in a folder, in name order so builds are reproducible. */
function markdownFiles(dir: string): { path: string; source: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => ({
    path: relative(process.cwd(), join(dir, name)),
    source: readFileSync(join(dir, name), 'utf8'),
  }));
}

/**
 * Parses a content folder (`actors/*.md`, `articles/*.md`) into typed entries, each file once.
 * Any problem in any file, warnings included, throws a `ContentError` listing every problem
 * as `file:line:column: message`, so nothing half-built is published.
 *
 * @example
 *   const { claims } = loadCorpus('content')
 */
export function loadCorpus(contentDir: string, cache?: ParseCache): Corpus {
  return loadCorpusFrom(
    { actorDirs: [join(contentDir, 'actors')], articleDirs: [join(contentDir, 'articles')] },
    cache,
  );
}

/** Where a corpus's files are; several folders of each kind may be combined (test fixtures do). */
interface CorpusDirs {
  actorDirs: readonly string[];
  articleDirs: readonly string[];
}

/** The actors of some folders, the registry articles are checked against, and every actor file read. */
export interface LoadedActors {
  actors: Actor[];
  registry: ActorRegistry;
  files: VFile[];
}

/**
 * Parses every actor file and checks that no alias names two actors (the first owner wins; the
 * second file gets the error). Problems are messages on the files; nothing is thrown, so tools
 * can report them alongside everything else.
 */
export function loadActors(actorDirs: readonly string[]): LoadedActors {
  const files: VFile[] = [];
  const actors: Actor[] = [];
  const aliases = new Map<string, string>();
  const aliasOwner = new Map<string, VFile>();

  for (const { path, source } of actorDirs.flatMap(markdownFiles)) {
    const { file, actor } = parseActor(source, path);
    files.push(file);
    if (!actor) continue;
    actor.aliases.forEach((alias, index) => {
      const owner = aliases.get(alias);
      if (owner !== undefined && owner !== actor.id) {
        const place = () =>
          file.data.yaml
            ? file.data.location?.toPoint(file.data.yaml.offsetOf(['aliases', index]))
            : undefined;
        report(
          file,
          `alias "${alias}" is already an alias of actor "${owner}" (${aliasOwner.get(alias)?.path}); an alias ` +
            'must name one actor, mark ambiguous mentions with :actor[…]{ref=…}',
          place,
          'duplicate-alias',
        );
      } else {
        aliases.set(alias, actor.id);
        aliasOwner.set(alias, file);
      }
    });
    actors.push(actor);
  }
  const registry = {
    ids: new Set(actors.map((a) => a.id)),
    aliases,
    undescribed: new Set(actors.filter((a) => a.toDescribe).map((a) => a.id)),
  };
  return { actors, registry, files };
}

/** `loadCorpus` over explicit folders; with a cache, unchanged articles are not parsed again. */
export function loadCorpusFrom({ actorDirs, articleDirs }: CorpusDirs, cache?: ParseCache): Corpus {
  const { actors, registry, files } = loadActors(actorDirs);
  const processor = createArticleProcessor(registry);
  const corpus: Corpus = { articles: [], claims: [], events: [], actors };
  // A cached result stands only for the same text, the same actors and the same parser code.
  const context = cache ? digest(JSON.stringify(actors), codeDigest()) : '';
  for (const { path, source } of articleDirs.flatMap(markdownFiles)) {
    const key = cache ? digest(context, path, source) : '';
    const cached = cache?.get(key);
    if (cached) {
      corpus.articles.push(cached.article);
      corpus.claims.push(...cached.claims);
      corpus.events.push(...cached.events);
      continue;
    }
    const parsed = parseArticle(processor, source, path);
    files.push(parsed.file);
    if (!parsed.article) continue;
    cache?.set(key, { article: parsed.article, claims: parsed.claims, events: parsed.events });
    corpus.articles.push(parsed.article);
    corpus.claims.push(...parsed.claims);
    corpus.events.push(...parsed.events);
  }

  const failing = files.filter((file) => file.messages.length > 0);
  if (failing.length > 0) throw new ContentError(failing);
  return corpus;
}
