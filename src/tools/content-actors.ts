import { join } from 'node:path';
import type { VFile } from 'vfile';
import type { ActorRegistry } from '../analysis/parse-state.ts';
import { loadActors } from '../analysis/load-corpus.ts';
import type { Actor } from '../analysis/schema/entries.ts';

/** The actors of a content folder, as the article parser needs them, plus any problems. */
interface ContentActors {
  actors: Actor[];
  registry: ActorRegistry;
  /** Actor files with messages (parser errors). */
  failing: VFile[];
}

/**
 * The core's actor loading over `<contentDir>/actors/*.md`. Unlike `loadCorpus`, problems do not
 * throw: the analyzer reports them with everything else and keeps going.
 *
 * @example
 *   contentActors('content').registry.aliases.get('G7') // 'g7'
 */
export function contentActors(contentDir: string): ContentActors {
  const { actors, registry, files } = loadActors([join(contentDir, 'actors')]);
  return { actors, registry, failing: files.filter((file) => file.messages.length > 0) };
}
