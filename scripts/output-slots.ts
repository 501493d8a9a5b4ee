// Two output folders take turns: the live one (dist/) and the one before it (dist.staging/), each
// with its own Astro cache. A rebuild goes into the one before, so Astro's incremental build finds
// the unchanged pages already in place and neither copies them nor has to delete 90,000 old files.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { folderId } from './cache-dir.ts';

/** Where one output folder's Astro cache lives, and whether its folder holds a complete build. */
interface Slot {
  cacheDir: string;
  /** Present only while the slot's folder holds exactly what its manifest describes. */
  marker: string;
}

/** The two slots of an output folder under a cache folder, and which one is live. */
export function slots(
  base: string,
  outDir: string,
): { live: Slot; next: Slot; setLive: () => void } {
  const id = folderId(outDir);
  const state = join(base, `output-${id}.json`);
  const live = existsSync(state)
    ? (JSON.parse(readFileSync(state, 'utf8')) as { live: 0 | 1 }).live
    : 1;
  const slot = (n: number): Slot => ({
    cacheDir: join(base, `output-${id}-${n}`),
    marker: join(base, `output-${id}-${n}`, 'complete'),
  });
  return {
    live: slot(live),
    next: slot(1 - live),
    setLive: () => {
      mkdirSync(base, { recursive: true });
      writeFileSync(state, JSON.stringify({ live: 1 - live }));
    },
  };
}

const manifestFile = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

/** The files Astro's incremental manifest in `cacheDir` says its build wrote (relative to the output folder). */
export function manifestOutputs(cacheDir: string): Set<string> {
  if (!existsSync(manifestFile(cacheDir))) return new Set();
  // The manifest is Astro's (experimental) format. One this code cannot read counts as empty: the
  // folder is then pruned of everything and every page is made or restored anew, never kept stale.
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as {
      routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
    };
    const files = Object.values(manifest.routes ?? {}).flatMap((route) =>
      Object.values(route.paths ?? {}).map((path) => path.outputFile),
    );
    return new Set(files.filter((file): file is string => typeof file === 'string'));
  } catch {
    return new Set();
  }
}

/** Forgets a slot's build: its manifest and marker go, so the next build into it renders every page. */
export function forget(slot: Slot): void {
  rmSync(slot.marker, { force: true });
  rmSync(manifestFile(slot.cacheDir), { force: true });
}

/** Copies the live slot's manifest into the next one, for a folder that was just copied from the live one. */
export function copyManifest(from: Slot, to: Slot): void {
  mkdirSync(to.cacheDir, { recursive: true });
  if (existsSync(manifestFile(from.cacheDir)))
    writeFileSync(manifestFile(to.cacheDir), readFileSync(manifestFile(from.cacheDir)));
}

/** Deletes every file under `dir` not in `keep` (paths relative to `dir`), and the folders left empty. */
export function pruneTo(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (keep.has(relative(dir, path))) {
        empty = false;
      } else {
        rmSync(path, { force: true });
        removed += 1;
      }
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir);
  return removed;
}

/** Deletes the given files (relative to `dir`) and any folder they leave empty. */
export function removeFiles(dir: string, files: Iterable<string>): number {
  let removed = 0;
  for (const file of files) {
    rmSync(join(dir, file), { force: true });
    removed += 1;
    for (
      let folder = dirname(join(dir, file));
      folder !== dir && folder.startsWith(dir);
      folder = dirname(folder)
    ) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
  return removed;
}
