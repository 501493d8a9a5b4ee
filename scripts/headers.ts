import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import picomatch from 'picomatch';

/** One block of a `_headers` file: a path pattern and the headers for it. */
export interface HeaderRule {
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
      rules.push({ pattern, matches: picomatch(pattern.replaceAll('*', '**'), { dot: true }), headers: [] });
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
export function applyHeaders(rules: readonly HeaderRule[], path: string, response: ServerResponse): void {
  for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
}
