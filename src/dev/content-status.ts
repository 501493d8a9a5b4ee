import type { Corpus } from '../analysis/load-corpus.ts';

/** The dev page's `<meta>` with the count of announced changes it was rendered at (see `countAnnouncement`). */
export const CONTENT_VERSION_META = 'claimlens-content-version';
/** Where a dev page asks for the current count. */
export const CONTENT_VERSION_PATH = '/__claimlens/content-version';
/** The message open dev pages get after each change, with the new count: `{ version }`. */
export const CONTENT_CHANGED_EVENT = 'claimlens:content-changed';

/** The content problems of the dev server's last load: one `file:line:column: message [rule]` line each. */
export interface ContentStatus {
  problems: readonly string[];
  /** The ids of the articles with problems, whose pages show the list in place of their text. */
  articles: readonly string[];
  /** The build's heading for them, such as "2 content problems (warnings count as errors):". */
  summary?: string;
}

/** The dev server's last valid corpus, and how many times it has changed since the start. */
interface LiveContent {
  generation: number;
  corpus: Corpus;
}

// The content loaders, the dev integrations and the pages run in one process but are loaded by
// different module loaders (Astro's content layer, its config loader, Vite's SSR runner), so each
// gets its own copy of this module; the state lives on the process's global object instead.
const KEY = Symbol.for('claimlens.dev.content-status');

interface Shared {
  status: ContentStatus;
  live?: LiveContent;
  /** How many changes open pages have been told of. */
  announced: number;
  /** Takes in changed paths (see `applyChanges`). */
  apply?: (paths: string[]) => boolean;
}

function shared(): Shared {
  const holder = globalThis as typeof globalThis & { [KEY]?: Shared };
  holder[KEY] ??= { status: { problems: [], articles: [] }, announced: 0 };
  return holder[KEY];
}

/**
 * True in the dev server once its loaders run (they alone register `onChanges`); false in a
 * build. Not `import.meta.env.DEV`: a build run with NODE_ENV other than production (a test
 * runner's, say) has Vite report DEV too.
 */
export function servingLive(): boolean {
  return shared().apply !== undefined;
}

/** The loaders say how to take in changed paths (see `applyChanges`). */
export function onChanges(apply: (paths: string[]) => boolean): void {
  shared().apply = apply;
}

/**
 * Has the loaders re-read the changed paths, at once: one parse per change, however many
 * collections. True when an article or actor changed (a file saved again unchanged is no
 * change). Nothing happens before the loaders have first run.
 */
export function applyChanges(paths: string[]): boolean {
  return shared().apply?.(paths) ?? false;
}

/**
 * The dev server's current corpus, which its pages read (src/site/site-data.ts); undefined
 * outside the dev server, where the pages read Astro's content collections.
 */
export function liveContent(): LiveContent | undefined {
  return shared().live;
}

/** The loaders publish a new valid corpus. */
export function publishCorpus(corpus: Corpus): void {
  const state = shared();
  state.live = { generation: (state.live?.generation ?? 0) + 1, corpus };
}

/**
 * Counts a change that open pages are told of, and returns the new count. A page carries the
 * count it was rendered at, reloads when told of a higher one, and asks for the current one once
 * it is connected, in case it was told while loading (src/dev/live-check.ts).
 */
export function countAnnouncement(): number {
  shared().announced += 1;
  return shared().announced;
}

/** How many changes open pages have been told of since the server started. */
export function announcedChanges(): number {
  return shared().announced;
}

/** The problems the last content load found; none when the content is valid. */
export function contentStatus(): ContentStatus {
  return shared().status;
}

/**
 * Records the problems of a content load; true when the list changed.
 *
 * @example
 *   setContentStatus({
 *     problems: ['content/articles/a.md:3:5: unknown actor "x"; … [unknown-actor]'],
 *     articles: ['a'],
 *   })
 */
export function setContentStatus(status: ContentStatus): boolean {
  const state = shared();
  if (JSON.stringify(state.status.problems) === JSON.stringify(status.problems)) return false;
  state.status = status;
  return true;
}
