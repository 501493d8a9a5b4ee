import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { transform } from 'lightningcss';
import { pageRefs } from './page-refs.ts';
import { fileFor } from './link-check.ts';

/** What one built page costs a reader, gzip-compressed, with everything it loads from its own origin. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Every file counted, as site paths. */
  files: string[];
  /** Resources the page would load from another origin: any is a failure of the budget. */
  foreign: string[];
  /** Resources of its own origin that are missing from the build. */
  missing: string[];
}

/** Gzip size at zlib's default level, as a typical static host serves it. */
const gzipped = (bytes: Buffer): number => gzipSync(bytes).length;

/** `url(…)` and `@import` targets of a stylesheet, as lightningcss's dependency analysis finds them. */
function cssImports(css: Buffer, filename: string): string[] {
  const { dependencies } = transform({ filename, code: css, analyzeDependencies: true });
  return (dependencies ?? [])
    .flatMap((dependency) => ('url' in dependency ? [dependency.url] : []))
    .filter((url) => !url.startsWith('data:'));
}

/**
 * Weighs a built page: its HTML, the CSS and JavaScript it loads (JavaScript modules followed
 * through their static and literal dynamic imports with es-module-lexer), each counted once,
 * gzipped. Loads from another origin are listed, not weighed.
 *
 * @example
 *   await pageWeight('dist', '/articles/seed/', 'https://claimlens.example') // { js: 1480, total: 14210, … }
 */
export async function pageWeight(dir: string, pathname: string, site: string): Promise<PageWeight> {
  await init();
  const page = fileFor(dir, pathname);
  if (!page) throw new Error(`no built page at ${pathname}`);
  const weight: PageWeight = {
    html: gzipped(readFileSync(page)),
    css: 0,
    js: 0,
    total: 0,
    files: [pathname],
    foreign: [],
    missing: [],
  };
  const queue = pageRefs(readFileSync(page, 'utf8')).resources.map(
    (href) => new URL(href, new URL(pathname, site)),
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift() as URL;
    if (url.protocol === 'data:') continue;
    if (url.origin !== new URL(site).origin) {
      weight.foreign.push(url.href);
      continue;
    }
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const file = fileFor(dir, url.pathname);
    if (!file) {
      weight.missing.push(url.pathname);
      continue;
    }
    const bytes = readFileSync(file);
    weight.files.push(url.pathname);
    if (file.endsWith('.css')) {
      weight.css += gzipped(bytes);
      queue.push(...cssImports(bytes, file).map((href) => new URL(href, url)));
    } else if (/\.m?js$/.test(file)) {
      weight.js += gzipped(bytes);
      const [imports] = parse(bytes.toString());
      for (const { specifier } of imports)
        if (typeof specifier === 'string') queue.push(new URL(specifier, url));
    }
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}
