import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import picomatch from 'picomatch';

/** One block of a `_headers` file: a path pattern and the headers for it. */
interface HeaderRule {
  pattern: string;
  matches: (path: string) => boolean;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file in the format Netlify and Cloudflare Pages share: a path line, then
 * indented `Name: value` lines. `*` in a path matches any run of characters, `/` included.
 */
export function readHeaderRules(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      rules.push({
        pattern,
        matches: picomatch(pattern.replaceAll('*', '**'), { dot: true }),
        headers: [],
      });
      continue;
    }
    const at = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a path gets. As on Netlify, every matching rule applies and values of the same
 * header from several rules are joined with ", ", which is why each path must match one CSP only.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matches(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}

/** Sets the headers of `headersFor` on a response. */
export function applyHeaders(
  rules: readonly HeaderRule[],
  path: string,
  response: ServerResponse,
): void {
  for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
}

/** The header name that must be set by exactly one rule per path. */
const CSP = 'content-security-policy';

/**
 * The rules that give `path` a Content-Security-Policy. Exactly one is right: none leaves the
 * path unprotected, two are joined into a policy list that browsers enforce together.
 *
 * @example
 *   cspRulesFor(rules, '/embed/timeline/').map((r) => r.pattern) // ['/embed/*']
 */
function cspRulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(
    (rule) => rule.matches(path) && rule.headers.some(([name]) => name.toLowerCase() === CSP),
  );
}

/**
 * Every URL path a static host serves for the files of `files` (paths relative to the site root,
 * with `/` separators): the file itself, and for `x/index.html` also `x/`.
 *
 * @example
 *   servedPaths(['index.html', 'embed/timeline/index.html'])
 *   // ['/index.html', '/', '/embed/timeline/index.html', '/embed/timeline/']
 */
export function servedPaths(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const path = `/${file}`;
    return path.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path];
  });
}

/**
 * The served paths that do not get exactly one Content-Security-Policy, each with a message that
 * says what to change in `_headers`. Empty when the policy covers the site.
 */
export function cspProblems(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    const matching = cspRulesFor(rules, path);
    if (matching.length === 0)
      problems.push(
        `${path} gets no Content-Security-Policy: add a block for it (or its top-level folder) to public/_headers`,
      );
    else if (matching.length > 1)
      problems.push(
        `${path} gets ${matching.length} Content-Security-Policies (from ` +
          `${matching.map((r) => r.pattern).join(', ')}): make those path rules in public/_headers disjoint`,
      );
  }
  return problems;
}
