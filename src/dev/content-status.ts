/** The content problems of the dev server's last load: one `file:line:column: message [rule]` line each. */
export interface ContentStatus {
  problems: readonly string[];
  /** The build's heading for them, such as "2 content problems (warnings count as errors):". */
  summary?: string;
}

// The content loaders and the dev integration run in one process but are loaded by different
// module loaders (Astro's content layer and its config loader), so each gets its own copy of
// this module; the state lives on the process's global object instead.
const KEY = Symbol.for('claimlens.dev.content-status');

interface Shared {
  status: ContentStatus;
  /** Takes in changed paths (see `applyChanges`). */
  apply?: (paths: string[]) => Promise<void>;
}

function shared(): Shared {
  const holder = globalThis as typeof globalThis & { [KEY]?: Shared };
  holder[KEY] ??= { status: { problems: [] } };
  return holder[KEY];
}

/** The loaders say how to take in changed paths (see `applyChanges`). */
export function onChanges(apply: (paths: string[]) => Promise<void>): void {
  shared().apply = apply;
}

/**
 * Has the loaders re-read the changed paths and refill their collections: one parse per change,
 * however many collections. Nothing happens before the loaders have first run.
 */
export async function applyChanges(paths: string[]): Promise<void> {
  await shared().apply?.(paths);
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
