import { LINK_STATUS_KINDS, type LinkStatus } from './check-link.ts';
import type { SourceEntry } from './collect-sources.ts';
import type { ArchiveResult, CheckedSource } from './run-sources.ts';

/** A link status in a few words: `alive 200`, `dead 404`, `timeout 5000 ms`. */
function linkStatusLabel(link: LinkStatus): string {
  switch (link.kind) {
    case 'alive':
    case 'redirected':
    case 'dead':
    case 'refused':
      return `${link.kind} ${link.status}`;
    case 'timeout':
      return `timeout ${link.afterMs} ms`;
    case 'error':
      return 'error';
  }
}

/** The line under a source that says where it went or what to read instead. */
function detailOf(source: SourceEntry | CheckedSource): string | undefined {
  if (!('link' in source)) return undefined;
  if (source.link.kind === 'redirected') return `now at ${source.link.to}`;
  if (source.link.kind === 'error') return source.link.detail;
  if (source.suggestion)
    return source.archived
      ? `read the archived copy: ${source.suggestion}`
      : `look for a copy: ${source.suggestion}`;
  return undefined;
}

/**
 * The terminal table: per article, each source's archive date (or `—`), its status when checked,
 * and its URL, with what to do about a dead or moved link beneath it; then the totals.
 *
 * @example
 *   formatSources(loadSources('content'))
 *   // 'content/articles/ban.md\n  archived    url\n  2026-11-30  https://…\n…'
 */
export function formatSources(sources: readonly (SourceEntry | CheckedSource)[]): string {
  const checked = sources.some((s) => 'link' in s);
  const out: string[] = [];
  const statusWidth = Math.max(
    6,
    ...sources.map((s) => ('link' in s ? linkStatusLabel(s.link).length : 0)),
  );
  const row = (archived: string, status: string, url: string) =>
    `  ${archived.padEnd(10)}  ${checked ? `${status.padEnd(statusWidth)}  ` : ''}${url}`;
  for (const file of [...new Set(sources.map((s) => s.file))]) {
    out.push(file, row('archived', 'status', 'url'));
    for (const source of sources.filter((s) => s.file === file)) {
      out.push(
        row(
          source.archived?.date ?? '—',
          'link' in source ? linkStatusLabel(source.link) : '',
          source.url,
        ),
      );
      const detail = detailOf(source);
      if (detail !== undefined) out.push(`${' '.repeat(row('', '', '').length)}↳ ${detail}`);
    }
    out.push('');
  }
  const articles = new Set(sources.map((s) => s.file)).size;
  const archived = sources.filter((s) => s.archived).length;
  out.push(
    `${sources.length} sources in ${articles} article${articles === 1 ? '' : 's'}: ${archived} archived, ` +
      `${sources.length - archived} without a copy (npm run sources -- --archive)`,
  );
  if (checked)
    out.push(`checked: ${countsOf(sources.flatMap((s) => ('link' in s ? [s.link.kind] : [])))}`);
  return out.join('\n');
}

/** `3 alive, 1 dead`, in the kinds' order, leaving out kinds with none. */
function countsOf(kinds: readonly LinkStatus['kind'][]): string {
  return LINK_STATUS_KINDS.flatMap((kind) => {
    const count = kinds.filter((k) => k === kind).length;
    return count > 0 ? [`${count} ${kind}`] : [];
  }).join(', ');
}

/** What `--archive` did, one line per URL, then the totals. */
export function formatArchiveResults(results: readonly ArchiveResult[]): string {
  if (results.length === 0) return 'every source already has an archived copy';
  const lines = results.map((r) =>
    r.ok
      ? `archived  ${r.url}\n       →  ${r.archived.url} (${r.files.join(', ')})`
      : `failed    ${r.url}\n          ${r.reason}`,
  );
  const saved = results.filter((r) => r.ok).length;
  lines.push(
    `${saved} of ${results.length} captured and written` +
      (saved < results.length ? '; run again later to retry the rest' : ''),
  );
  return lines.join('\n');
}
