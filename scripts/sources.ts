// `npm run sources [-- --json] [--check] [--archive] [--content DIR] [--timeout MS] [--per-host-ms MS]
// [--retries N] [--concurrency N] [--save-base URL] [--wayback-base URL] [--allow-private-redirects]`
// Lists every source of every article with its archive state (see docs/tooling.md). Exit 0: done;
// 1: content errors, a link that is dead, timed out or failed (--check), or a failed capture
// (--archive); 2: bad usage.
import { parseArgs } from 'node:util';
import { ContentError } from '../src/analysis/content-error.ts';
import { loadSources } from '../src/tools/sources/collect-sources.ts';
import { formatArchiveResults, formatSources } from '../src/tools/sources/format-sources.ts';
import {
  archiveSources,
  checkSources,
  type ArchiveResult,
  type CheckedSource,
  type OnProgress,
} from '../src/tools/sources/run-sources.ts';
import { sourcesSettings } from '../src/tools/sources/sources-options.ts';
import { printable } from '../src/tools/printable.ts';
import { ToolError } from '../src/tools/tool-error.ts';
import { contentDirFrom } from '../src/analysis/content-dir.ts';

const usage =
  'usage: npm run sources [-- --json] [--check] [--archive] [--content DIR] [--timeout MS] ' +
  '[--per-host-ms MS] [--retries N] [--concurrency N] [--save-base URL] [--wayback-base URL] ' +
  '[--allow-private-redirects]';

// Whatever a source URL or an archive service's reply holds, no control character reaches the
// terminal (an escape sequence could clear the screen or set the window's title).
const out = (text: string) => console.log(printable(text));
const err = (text: string) => console.error(printable(text));

// Progress goes to stderr so `--json` stays clean: one rewritten line on a terminal, else a line each.
const progress =
  (verb: string): OnProgress =>
  (done, total, url) => {
    if (process.stderr.isTTY) {
      // Cut to the terminal's width: a wrapped line could not be rewritten in place.
      const line = printable(`sources: ${verb} [${done + 1}/${total}] ${url}`).slice(
        0,
        process.stderr.columns - 1,
      );
      process.stderr.write(url === '' ? '\r\x1b[K' : `\r\x1b[K${line}`);
    } else if (url !== '')
      process.stderr.write(`${printable(`sources: ${verb} [${done + 1}/${total}] ${url}`)}\n`);
  };

try {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      check: { type: 'boolean' },
      archive: { type: 'boolean' },
      content: { type: 'string' },
      timeout: { type: 'string' },
      'per-host-ms': { type: 'string' },
      retries: { type: 'string' },
      concurrency: { type: 'string' },
      'save-base': { type: 'string' },
      'wayback-base': { type: 'string' },
      'allow-private-redirects': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(usage);
    process.exit(0);
  }
  const contentDir = contentDirFrom(values.content);
  const settings = sourcesSettings(values, process.env);
  let archive: ArchiveResult[] | undefined;
  if (values.archive) {
    archive = await archiveSources(loadSources(contentDir), {
      contentDir,
      policy: settings.archive,
      save: settings.save,
      onProgress: progress('archiving'),
    });
  }
  // Read again after archiving, so the list shows the copies just written.
  let sources: (ReturnType<typeof loadSources>[number] | CheckedSource)[] = loadSources(contentDir);
  if (values.check) {
    sources = await checkSources(sources, {
      policy: settings.check,
      waybackBase: settings.waybackBase,
      concurrency: settings.concurrency,
      onProgress: progress('checking'),
    });
  }
  if (values.json) out(JSON.stringify({ sources, ...(archive ? { archive } : {}) }, null, 2));
  else
    out(
      [archive ? formatArchiveResults(archive) : '', formatSources(sources)]
        .filter(Boolean)
        .join('\n\n'),
    );
  const broken = sources.some(
    (s) => 'link' in s && ['dead', 'timeout', 'error'].includes(s.link.kind),
  );
  process.exitCode = broken || archive?.some((r) => !r.ok) ? 1 : 0;
} catch (error) {
  if (error instanceof ContentError) {
    err(`sources: the content has errors; fix them first (npm run analyze)\n${error.message}`);
    process.exit(1);
  }
  if (
    error instanceof ToolError ||
    (error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    err(`sources: ${error.message}\n${usage}`);
    process.exit(2);
  }
  throw error;
}
