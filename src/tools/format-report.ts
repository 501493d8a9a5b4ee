import type { ArticleReport, ContentProblem, Coverage, DateFinding } from './analyze-article.ts';
import type { ContentAnalysis, FixSummary } from './analyze-content.ts';

/** Counts that decide the exit code. */
interface Totals {
  articles: number;
  /** Parser problems: the content would not build. */
  errors: number;
  /** Things not annotated yet. */
  suggestions: number;
}

/** Errors and suggestions over a whole run. */
export function totalsOf(analysis: ContentAnalysis): Totals {
  return {
    articles: analysis.articles.length,
    // Unwritten analysis fails the build too, so it counts as an error, except in a draft, which
    // a build leaves out.
    errors:
      analysis.errors.length +
      analysis.articles.reduce(
        (sum, a) => sum + a.errors.length + (a.draft ? 0 : a.unwritten.length),
        0,
      ),
    suggestions: analysis.articles.reduce(
      (sum, a) =>
        sum +
        a.dates.length +
        a.actors.length +
        a.aliases.length +
        a.claims.length +
        a.statusChanges.length,
      0,
    ),
  };
}

const problem = (p: ContentProblem, label = 'error') =>
  `${p.file}:${p.line}:${p.column}: ${label}: ${p.reason}${p.rule ? ` [${p.rule}]` : ''}`;
const quote = (text: string, max = 90) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

function dateLine(date: DateFinding): string {
  const suggestion =
    date.kind === 'relative' && date.offset
      ? `relative: ${date.offset} after ` +
        (date.after
          ? `${quote(date.after.text)}${date.after.event ? ` (event ${date.after.event})` : ''}`
          : 'an earlier event (none found: count from the publication date)') +
        (date.approximate ? ' (approximate)' : '')
      : `${date.value} (${date.precision}` +
        (date.inferred.length > 0 ? `; ${date.inferred.join(', ')} inferred` : '') +
        (date.approximate ? '; approximate' : '') +
        ')';
  return `${quote(date.text)} → ${suggestion}${date.inClaim ? ` [in claim ${date.inClaim}]` : ''}`;
}

function coverageLine(coverage: Coverage): string {
  const statuses = Object.entries(coverage.claimsByStatus)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return (
    `coverage: ${coverage.coveredSentences}/${coverage.sentences} sentences in claims ` +
    `(${Math.round(coverage.share * 100)}%); ${coverage.actors} actors; ${coverage.events} events; ` +
    `${coverage.claims} claims${statuses ? ` (${statuses})` : ''}`
  );
}

/**
 * The human-readable report of one article, one finding a line as `file:line:column: …`, the
 * form editors and CI make clickable.
 */
function formatArticle(report: ArticleReport): string {
  const at = (line: number, column: number) => `${report.file}:${line}:${column}`;
  const out: string[] = [`# ${report.file}`];
  if (report.errors.length > 0) {
    out.push(
      ...report.errors.map((p) => problem(p)),
      `  (fix these errors first: the article does not build, so it was not analysed further)`,
    );
    return out.join('\n');
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`## ${title} (${lines.length})`, ...lines);
  };
  section(
    report.draft
      ? 'to write before publishing (a draft: not an error)'
      : 'still to write before it builds',
    report.unwritten.map((p) => problem(p, report.draft ? 'to write' : 'error')),
  );
  section(
    'status changed since the last commit with no rating-change entry',
    report.statusChanges.map(
      (c) =>
        `${at(c.line, c.column)}: claim ${c.claim} changed from ${c.from} to ${c.to}; add to its updates: ` +
        `- { date: YYYY-MM-DD, kind: rating-change, from: ${c.from}, note: why it changed }`,
    ),
  );
  section(
    'dates not marked as events',
    report.dates.map((d) => `${at(d.line, d.column)}: ${dateLine(d)}`),
  );
  section(
    'names no actor covers',
    report.actors.map((a) => {
      const more =
        a.places.length > 1
          ? `; also at ${a.places
              .slice(1)
              .map((p) => `${p.line}:${p.column}`)
              .join(', ')}`
          : '';
      const short = a.resembles
        ? `; probably actor ${a.resembles.actor} (${a.resembles.evidence}, as ${quote(a.resembles.matched)}): ` +
          `add it to that actor's aliases`
        : a.shortFor
          ? `; probably short for ${quote(a.shortFor)}`
          : '';
      return `${at(a.places[0]?.line ?? 1, a.places[0]?.column ?? 1)}: ${quote(a.text)} (${a.kind})${short}${more}`;
    }),
  );
  section(
    'known actors inside claims credited to the author',
    report.aliases.map(
      (a) =>
        `${at(a.line, a.column)}: ${quote(a.alias)} (${a.actor}) in claim ${a.claim}: if ${a.actor} made the ` +
        `claim set claimant: ${a.actor}; if it is about ${a.actor}, add it to about`,
    ),
  );
  section(
    'sentences no claim covers, most claim-like first',
    report.claims.map(
      (c) =>
        `${at(c.line, c.column)}: score ${c.score} ` +
        `[${c.reasons.map((r) => `${r.feature} +${r.points}: ${r.evidence}`).join('; ')}] → ${c.type}: ` +
        `${quote(c.text)}`,
    ),
  );
  if (report.coverage) out.push(coverageLine(report.coverage));
  return out.join('\n');
}

/** What `--fix` did, for the analyst to review with `git diff`. */
function formatFix(fix: FixSummary): string {
  const out = [
    `# ${fix.file}: wrote ${fix.markers.length} marker(s): ` +
      `${fix.markers.map((m) => `${m.kind} #${m.id}`).join(', ') || 'none'}`,
  ];
  for (const file of fix.actorFiles) out.push(`wrote ${file} (a new actor to check)`);
  for (const s of fix.skipped) out.push(`skipped ${s.kind} ${quote(s.text, 60)}: ${s.reason}`);
  return out.join('\n');
}

/** The whole run as text. */
export function formatAnalysis(analysis: ContentAnalysis): string {
  const totals = totalsOf(analysis);
  const parts = [
    ...analysis.errors.map((p) => problem(p)),
    ...analysis.articles.map(formatArticle),
    ...analysis.fixes.map(formatFix),
  ];
  parts.push(
    `analyze: ${totals.articles} article(s), ${totals.errors} error(s), ${totals.suggestions} suggestion(s)`,
  );
  return parts.join('\n\n');
}
