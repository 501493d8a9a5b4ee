// `npm run analyze [-- <slug>…] [--json] [--fix] [--strict] [--content DIR]`
// Reports what is not annotated yet, and claims whose status changed since the last commit with no
// rating-change entry (see docs/tooling.md). Exit 0: no errors; 1: content errors (the parser's: the
// site would not build), or any suggestion or unlogged status change with --strict; 2: bad usage.
import { analyzeContent } from '../src/tools/analyze-content.ts';
import { formatAnalysis, totalsOf } from '../src/tools/format-report.ts';
import { contentDirFrom } from '../src/analysis/content-dir.ts';
import { runCommand } from './command.ts';

const usage = 'usage: npm run analyze [-- <slug>…] [--json] [--fix] [--strict] [--content DIR]';

await runCommand(
  {
    name: 'analyze',
    usage,
    config: {
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        fix: { type: 'boolean' },
        strict: { type: 'boolean' },
        content: { type: 'string' },
      },
    },
  },
  ({ values, positionals }) => {
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
  },
);
