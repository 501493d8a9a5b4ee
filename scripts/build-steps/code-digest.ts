// The digest of the code that draws an image: the files an entry module imports, followed through
// their own imports (read with es-module-lexer), and the version of every package among them. A
// change to a file outside that graph leaves the digest, and so every cached image, as it was.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { digest } from '../../src/analysis/parse-cache.ts';

await init();

/** A package's name from a bare specifier: `@resvg/resvg-js`, `d3-scale` from `d3-scale/x`. */
const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The package's version as installed under `root`, so an upgrade counts as a change of code. */
function packageVersion(root: string, name: string): string {
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return `${name}@?`;
  return `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
}

/**
 * Every file `entries` (absolute paths) import, themselves included, as paths relative to
 * `root`, and every package they import, as `name@version`; each sorted. For the claim card's
 * module: `{ files: ['src/analysis/claim-labels.ts', …], packages: ['hast-util-to-xast@3.0.1', …] }`.
 */
export function importGraph(entries: string[], root: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'), file);
    for (const { specifier } of imports) {
      if (specifier == null || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(packageVersion(root, packageName(specifier)));
    }
  };
  entries.forEach(visit);
  return {
    files: [...files].map((file) => relative(root, file)).sort(),
    packages: [...packages].sort(),
  };
}

/** One digest of the files and package versions of `importGraph(entries, root)`. */
export function codeDigest(entries: string[], root: string): string {
  const { files, packages } = importGraph(entries, root);
  const text = (file: string): string[] => [file, readFileSync(join(root, file), 'utf8')];
  return digest(...packages, ...files.flatMap(text));
}
