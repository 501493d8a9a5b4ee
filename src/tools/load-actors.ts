import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { ActorRegistry } from '../analysis/extract-annotations.ts';
import { report } from '../analysis/frontmatter.ts';
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
  const owners = new Map<string, string>();
  for (const name of names) {
    const path = relative(process.cwd(), join(dir, name));
    const { file, actor } = parseActor(readFileSync(join(dir, name), 'utf8'), path);
    if (actor) {
      actors.push(actor);
      actor.aliases.forEach((alias, index) => {
        const owner = aliases.get(alias);
        // The same rule and message as loadCorpus: the first owner wins, a second one is an error.
        if (owner === undefined) {
          aliases.set(alias, actor.id);
          owners.set(alias, path);
        } else if (owner !== actor.id) {
          const place = file.data.yaml ? file.data.location?.toPoint(file.data.yaml.offsetOf(['aliases', index])) : undefined;
          report(file, `alias "${alias}" is already an alias of actor "${owner}" (${owners.get(alias)}); an alias must name one actor, mark ambiguous mentions with :actor[…]{ref=…}`, place, 'duplicate-alias');
        }
      });
    }
    if (file.messages.length > 0) failing.push(file);
  }
  return { actors, registry: { ids: new Set(actors.map((a) => a.id)), aliases }, failing };
}
