/** The content problems of the dev server's last load: one `file:line:column: message [rule]` line each. */
export interface ContentStatus {
  problems: readonly string[];
  /** The build's heading for them, such as "2 content problems (warnings count as errors):". */
  summary?: string;
}

/** The name of the loader of one collection; the dev integration refreshes these. */
export const loaderName = (collection: string): string => `claimlens-${collection}`;

/** The collections filled from the corpus. */
export const CORPUS_COLLECTIONS = ['articles', 'actors', 'claims', 'events'] as const;

/** The key of the changed paths in the context the dev integration refreshes the loaders with. */
export const CHANGED_PATHS = 'claimlensChangedPaths';

// The content loaders and the dev integration run in one process but are loaded by different
// module loaders (Astro's content layer and its config loader), so each gets its own copy of
// this module; the state lives on the process's global object instead.
const KEY = Symbol.for('claimlens.dev.content-status');

interface Shared {
  status: ContentStatus;
  /** The last list of changed paths the loaders took in. */
  consumed?: unknown;
  /** Takes in changed paths without Astro's refresh (see `applyChanges`). */
  apply?: (paths: string[]) => Promise<void>;
}

function shared(): Shared {
  const holder = globalThis as typeof globalThis & { [KEY]?: Shared };
  holder[KEY] ??= { status: { problems: [] } };
  return holder[KEY];
}

/**
 * The loaders take in a list of changed paths once (the four collections are refreshed with the
 * same list), and say how to take one in directly; false when this list was taken already.
 */
export function takeChanges(paths: unknown, apply: (paths: string[]) => Promise<void>): boolean {
  const state = shared();
  state.apply = apply;
  if (state.consumed === paths) return false;
  state.consumed = paths;
  return true;
}

/**
 * Makes sure the loaders took in `paths`: Astro's content refresh skips the loaders while it is
 * still loading the content config (for some seconds after the server starts), and then the
 * loaders are asked directly, their stores saved on Astro's own schedule.
 */
export async function applyChanges(paths: string[]): Promise<void> {
  const state = shared();
  if (state.consumed !== paths) await state.apply?.(paths);
}

/** The problems the last content load found; none when the content is valid. */
export function contentStatus(): ContentStatus {
  return shared().status;
}

/**
 * Records the problems of a content load; true when the list changed.
 *
 * @example
 *   setContentStatus({ problems: ['content/articles/a.md:3:5: unknown actor "x"; … [unknown-actor]'] })
 */
export function setContentStatus(status: ContentStatus): boolean {
  const state = shared();
  if (JSON.stringify(state.status.problems) === JSON.stringify(status.problems)) return false;
  state.status = status;
  return true;
}
