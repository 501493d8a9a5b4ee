import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageRefs, type PageRefs } from './page-refs.ts';
import { htmlPages, pagePath } from './site-files.ts';

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a site path. */
  page: string;
  href: string;
  reason: string;
}

/** The built file a site path is served from, as a static host resolves it, or undefined. */
export function fileFor(dir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/')
    ? [`${path}index.html`]
    : [path, `${path}.html`, `${path}/index.html`];
  return candidates
    .map((c) => join(dir, c))
    .find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Checks every internal link and fragment of every page of a built site: the target file must
 * exist and, when the link has a fragment, the target page must have that id. Links to other
 * origins are not followed; links to `site` (the canonical origin) count as internal. Text
 * directives (`#:~:text=`) name words, not ids, so only their page is checked.
 *
 * @example
 *   await checkLinks('dist', 'https://claimlens.example') // [] when every link resolves
 */
export function checkLinks(dir: string, site: string): BrokenLink[] {
  const cache = new Map<string, PageRefs>();
  const refsOf = (file: string): PageRefs => {
    let refs = cache.get(file);
    if (!refs) cache.set(file, (refs = pageRefs(readFileSync(file, 'utf8'))));
    return refs;
  };
  const broken: BrokenLink[] = [];
  for (const page of htmlPages(dir)) {
    const base = new URL(pagePath(page), site);
    for (const href of [...refsOf(join(dir, page)).links, ...refsOf(join(dir, page)).resources]) {
      const report = (reason: string) => broken.push({ page: base.pathname, href, reason });
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.origin !== base.origin) continue;
      if (href === '#') {
        report('an empty fragment goes nowhere');
        continue;
      }
      const file = fileFor(dir, url.pathname);
      if (!file) {
        report(`no page at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment.startsWith(':~:') || !file.endsWith('.html')) continue;
      if (!refsOf(file).ids.has(fragment))
        report(`${url.pathname} has no element with id "${fragment}"`);
    }
  }
  return broken;
}
