import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import lockfile from 'proper-lockfile';
import { isValidId } from '../../analysis/ids.ts';
import { createArticleProcessor, parseArticle } from '../../analysis/parse-article.ts';
import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  EventTypeSchema,
} from '../../analysis/schema/vocabulary.ts';
import {
  annotateArticle,
  AnnotationRefused,
  articleSharedSources,
  type AnnotationRequest,
} from '../../tools/annotate-article.ts';
import type { SharedSources } from '../../tools/edit-record.ts';
import { contentActors } from '../../tools/content-actors.ts';
import { freshId } from '../../tools/marker-ids.ts';
import { checkCall, type AnnotateAnswer } from './messages.ts';

/** What the app needs to fill its forms for one article. */
export interface ArticleInfo {
  claims: Record<string, Record<string, unknown>>;
  events: Record<string, Record<string, unknown>>;
  /** Per record, the anchors of its sources that other records reuse (not removable here). */
  shared: Record<'claims' | 'events', Record<string, SharedSources>>;
  /** Every actor of the site, the article's own first. */
  actors: { id: string; name: string; inArticle: boolean }[];
  vocabulary: { claimTypes: string[]; statuses: string[]; eventTypes: string[] };
}

/**
 * The server side of the Annotate app: reads an article with the core, proposes ids, and saves
 * an annotation: under a lock on the file (a second save waits for the first, then applies on
 * top of it), checked by the core, written to a temporary file and renamed over the article, so
 * the file is never half-written.
 *
 * @example
 *   const annotate = new AnnotateServer('content'); await annotate.call({ op: 'info', slug: 'ban' })
 */
export class AnnotateServer {
  readonly #dir: string;
  readonly #queues = new Map<string, Promise<unknown>>();

  readonly #log: (message: string) => void;

  constructor(contentDir: string, log: (message: string) => void = console.error) {
    this.#dir = contentDir;
    this.#log = log;
  }

  /** The article file of a slug, refusing anything that is not one. */
  path(slug: string): string {
    if (!isValidId(slug)) throw new AnnotationRefused(`"${slug}" is not an article.`);
    return join(this.#dir, 'articles', `${slug}.md`);
  }

  /**
   * Answers one message from the app, after checking it against the shared schema. `written` is
   * the file a save wrote, for the dev server to take in; the answer names it only relative to
   * the content folder, and an unexpected error goes to the terminal, not to the page.
   */
  async call(raw: unknown): Promise<{ answer: AnnotateAnswer; written?: string }> {
    const checked = checkCall(raw);
    if (!checked.ok) return { answer: checked };
    const message = checked.call;
    try {
      if (message.op === 'info') return { answer: { ok: true, value: this.info(message.slug) } };
      if (message.op === 'propose') {
        const { article } = this.#parse(message.slug);
        const taken = new Set([...(article?.claims ?? []), ...(article?.events ?? [])]);
        return { answer: { ok: true, value: freshId(message.text, taken, message.kind) } };
      }
      await this.save(message.slug, message.request);
      const written = this.path(message.slug);
      return { answer: { ok: true, value: this.#shown(written) }, written };
    } catch (error) {
      if (error instanceof AnnotationRefused)
        return { answer: { ok: false, message: error.message } };
      this.#log(
        `Annotate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return {
        answer: { ok: false, message: 'Not saved: an unexpected error; the terminal shows it.' },
      };
    }
  }

  /** A content file as messages name it: relative to the content folder, never absolute. */
  #shown(path: string): string {
    return relative(this.#dir, path).split(sep).join('/');
  }

  info(slug: string): ArticleInfo {
    const { article, frontmatter, actors, shared } = this.#parse(slug);
    if (!article || !frontmatter)
      throw new AnnotationRefused('The article has problems; fix them in the file first.');
    const own = new Set([
      article.author,
      ...article.mentions.map((m) => m.actor),
      ...Object.values(frontmatter.claims ?? {}).flatMap((c) => [
        c.claimant ?? '',
        ...(c.about ?? []),
      ]),
    ]);
    return {
      claims: (frontmatter.claims ?? {}) as ArticleInfo['claims'],
      events: (frontmatter.events ?? {}) as ArticleInfo['events'],
      shared: shared(),
      actors: actors
        .map((a) => ({ id: a.id, name: a.name, inArticle: own.has(a.id) }))
        .sort((a, b) => Number(b.inArticle) - Number(a.inArticle) || a.name.localeCompare(b.name)),
      vocabulary: {
        claimTypes: ClaimTypeSchema.options,
        statuses: ClaimStatusSchema.options,
        eventTypes: EventTypeSchema.options,
      },
    };
  }

  /** Applies one annotation to the article file; saves to one file run one after another. */
  async save(slug: string, request: AnnotationRequest): Promise<void> {
    const path = this.path(slug);
    const previous = this.#queues.get(path) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.#saveLocked(path, request));
    this.#queues.set(path, run);
    try {
      await run;
    } finally {
      if (this.#queues.get(path) === run) this.#queues.delete(path);
    }
  }

  async #saveLocked(path: string, request: AnnotationRequest): Promise<void> {
    // The lock also keeps out other tools that take it (another dev server, a script).
    const release = await lockfile.lock(path, {
      retries: { retries: 40, minTimeout: 25, maxTimeout: 250 },
      realpath: false,
    });
    try {
      const source = readFileSync(path, 'utf8');
      const { registry } = contentActors(this.#dir);
      const next = annotateArticle(source, this.#shown(path), registry, request);
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temporary, next);
      renameSync(temporary, path);
    } finally {
      await release();
    }
  }

  #parse(slug: string) {
    const path = this.path(slug);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      throw new AnnotationRefused(`There is no article ${this.#shown(path)}.`);
    }
    const { actors, registry } = contentActors(this.#dir);
    const shown = this.#shown(path);
    const parsed = parseArticle(createArticleProcessor(registry), source, shown, {
      allowUnwritten: true,
    });
    return {
      article: parsed.article,
      frontmatter: parsed.file.data.frontmatter,
      actors,
      shared: () => articleSharedSources(source, shown, registry),
    };
  }
}
