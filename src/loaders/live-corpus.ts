import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { loadActors, type Corpus, type LoadedActors } from '../analysis/load-corpus.ts';
import { createArticleProcessor, parseArticle } from '../analysis/parse-article.ts';
import { codeDigest, digest, type ParseCache } from '../analysis/parse-cache.ts';
import { ContentError } from '../analysis/content-error.ts';
import type { Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';

/** One article file as last read: its problems, or what it yields. */
interface ArticleState {
  /** The text it was read from, so a file saved again unchanged is no change. */
  source: string;
  file?: VFile;
  article?: Article;
  claims: Claim[];
  events: ArticleEvent[];
}

/** What a change did: which article files were read again (and parsed, unless the cache had them). */
interface UpdateResult {
  read: string[];
  /** Whether any article or actor is now different: added, deleted or with a different text. */
  changed: boolean;
}

/**
 * The dev server's corpus: parsed once at start, then kept up to date file by file. A changed
 * article is read and parsed again on its own; a changed actor re-parses every article (aliases
 * and ids decide every article's mentions), through the parse cache. Originals are not parsed:
 * nothing on the pages comes from them.
 *
 * @example
 *   const live = new LiveCorpus('content'); live.load(); live.update(['content/articles/a.md']); live.corpus()
 */
export class LiveCorpus {
  readonly #dir: string;
  readonly #cache: ParseCache | undefined;
  #actors: LoadedActors = {
    actors: [],
    registry: { ids: new Set(), aliases: new Map() },
    files: [],
  };
  #processor = createArticleProcessor(this.#actors.registry);
  #context = '';
  readonly #articles = new Map<string, ArticleState>();

  constructor(contentDir: string, cache?: ParseCache) {
    this.#dir = relative(process.cwd(), resolve(contentDir));
    this.#cache = cache;
  }

  /** Reads and parses everything. */
  load(): UpdateResult {
    this.#loadActors();
    this.#articles.clear();
    const read = this.#articlePaths();
    for (const path of read) this.#read(path);
    return { read, changed: true };
  }

  /**
   * Takes in changed, added or deleted files (absolute or relative paths); anything outside the
   * content folder's `articles/` and `actors/` changes nothing.
   */
  update(paths: Iterable<string>): UpdateResult {
    const changed = [...paths].map((path) => relative(process.cwd(), resolve(path)));
    const inside = (kind: string) => (path: string) =>
      path.startsWith(join(this.#dir, kind) + sep) && path.endsWith('.md');
    if (changed.some(inside('actors'))) return this.load();
    const read: string[] = [];
    let different = false;
    for (const path of new Set(changed.filter(inside('articles')))) {
      if (existsSync(path)) {
        read.push(path);
        different = this.#read(path) || different;
      } else different = this.#articles.delete(path) || different;
    }
    return { read, changed: different };
  }

  /** Whether a path is one this corpus reads. */
  watches(path: string): boolean {
    const rel = relative(process.cwd(), resolve(path));
    return rel.startsWith(this.#dir + sep) && rel.endsWith('.md');
  }

  /** The typed entries, in file-name order, or a `ContentError` naming every problem. */
  corpus(): Corpus {
    const { corpus, failing } = this.current();
    if (failing.length > 0) throw new ContentError(failing);
    return corpus;
  }

  /**
   * Every entry that parsed, in file-name order, beside the files with problems: what the dev
   * server shows while some files are broken (a broken article is left out, the others stay).
   */
  current(): { corpus: Corpus; failing: VFile[] } {
    const failing = this.#actors.files.filter((file) => file.messages.length > 0);
    const corpus: Corpus = { articles: [], claims: [], events: [], actors: this.#actors.actors };
    for (const path of [...this.#articles.keys()].sort()) {
      const state = this.#articles.get(path)!;
      if (state.file && state.file.messages.length > 0) failing.push(state.file);
      if (!state.article) continue;
      corpus.articles.push(state.article);
      corpus.claims.push(...state.claims);
      corpus.events.push(...state.events);
    }
    return { corpus, failing };
  }

  #loadActors(): void {
    this.#actors = loadActors([join(this.#dir, 'actors')]);
    this.#processor = createArticleProcessor(this.#actors.registry);
    this.#context = this.#cache ? digest(JSON.stringify(this.#actors.actors), codeDigest()) : '';
  }

  #articlePaths(): string[] {
    const dir = join(this.#dir, 'articles');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => relative(process.cwd(), join(dir, name)));
  }

  /** Reads and parses one article, through the cache; true when it is not as last read. */
  #read(path: string): boolean {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      // Deleted between the event and the read: the next event says so.
      return this.#articles.delete(path);
    }
    if (this.#articles.get(path)?.source === source) return false;
    const key = this.#cache ? digest(this.#context, path, source) : '';
    const cached = this.#cache?.get(key);
    if (cached) {
      this.#articles.set(path, { source, ...cached });
      return true;
    }
    const parsed = parseArticle(this.#processor, source, path);
    if (parsed.article) {
      const { article, claims, events } = parsed;
      this.#cache?.set(key, { article, claims, events });
    }
    this.#articles.set(path, { source, ...parsed });
    return true;
  }
}
