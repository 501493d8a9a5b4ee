import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { ActorRegistry } from '../analysis/extract-annotations.ts';
import { parseActor } from '../analysis/parse-actor.ts';
import type { Actor } from '../analysis/schema/entries.ts';

/** The actors of a content folder, as the article parser needs them, plus any problems. */
export interface LoadedActors {
  actors: Actor[];
  registry: ActorRegistry;
  /** Actor files with messages (parser errors). */
  failing: VFile[];
}

/**
 * Parses `<contentDir>/actors/*.md` with the core's actor parser. Unlike `loadCorpus`, problems do
 * not throw: the analyzer reports them with everything else and keeps going.
 *
 * @example
 *   loadActors('content').registry.aliases.get('G7') // 'g7'
 */
export function loadActors(contentDir: string): LoadedActors {
  const dir = join(contentDir, 'actors');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  } catch {
    // No actors folder yet: every actor is then unknown, which the article parser reports.
  }
  const actors: Actor[] = [];
  const failing: VFile[] = [];
  const aliases = new Map<string, string>();
  for (const name of names) {
    const path = relative(process.cwd(), join(dir, name));
    const { file, actor } = parseActor(readFileSync(join(dir, name), 'utf8'), path);
    if (file.messages.length > 0) failing.push(file);
    if (!actor) continue;
    actors.push(actor);
    // The first owner wins, as in loadCorpus; the duplicate is loadCorpus's error to report.
    for (const alias of actor.aliases) if (!aliases.has(alias)) aliases.set(alias, actor.id);
  }
  return { actors, registry: { ids: new Set(actors.map((a) => a.id)), aliases }, failing };
}
