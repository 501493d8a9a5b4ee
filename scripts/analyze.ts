// `npm run analyze [-- <slug>…] [--json] [--fix] [--strict] [--content DIR]`
// Reports what is not annotated yet, and claims whose status changed since the last commit with no
// rating-change entry (see docs/tooling.md). Exit 0: no errors; 1: content errors (the parser's: the
// site would not build), or any suggestion or unlogged status change with --strict; 2: bad usage.
import { parseArgs } from 'node:util';
import { analyzeContent } from '../src/tools/analyze-content.ts';
import { formatAnalysis, totalsOf } from '../src/tools/format-report.ts';
import { ToolError } from '../src/tools/tool-error.ts';
import { contentDirFrom } from '../src/analysis/content-dir.ts';

const usage = 'usage: npm run analyze [-- <slug>…] [--json] [--fix] [--strict] [--content DIR]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      fix: { type: 'boolean' },
      strict: { type: 'boolean' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const analysis = analyzeContent({
    contentDir: contentDirFrom(values.content),
    slugs: positionals,
    fix: values.fix === true,
    // Progress goes to stderr so `--json` output stays clean; one article needs none.
    onProgress: (done, total, file) => {
      if (total > 1 && file !== '')
        process.stderr.write(`analyze: [${done + 1}/${total}] ${file}\n`);
    },
  });
  const totals = totalsOf(analysis);
  console.log(
    values.json ? JSON.stringify({ ...analysis, totals }, null, 2) : formatAnalysis(analysis),
  );
  process.exitCode =
    totals.errors > 0 || (values.strict === true && totals.suggestions > 0) ? 1 : 0;
} catch (error) {
  if (
    error instanceof ToolError ||
    (error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    console.error(`analyze: ${error.message}\n${usage}`);
    process.exit(2);
  }
  throw error;
}
