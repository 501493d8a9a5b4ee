// `npm run check:content [-- --content DIR]`
// The guarantees of the content itself (the original's words kept, every sentence claimed, figures
// sourced, shared links still answered), apart from the unit tests of the code: a failure here
// says the content changed, not that the code broke. Exit 0: all hold; 1: a finding or a content
// error; 2: bad usage.
import { parseArgs } from 'node:util';
import { ContentError } from '../src/analysis/content-error.ts';
import { checkContent } from './content-checks/check-content.ts';
import { formatFinding } from './content-checks/finding.ts';
import { contentDirFrom } from '../src/analysis/content-dir.ts';

let values: { content?: string | undefined };
try {
  ({ values } = parseArgs({ options: { content: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run check:content [-- --content DIR]`);
  process.exit(2);
}
const dir = contentDirFrom(values.content);
try {
  const findings = checkContent(dir);
  for (const finding of findings) console.error(formatFinding(finding));
  if (findings.length > 0) process.exit(1);
  console.log(`${dir}: the content keeps every check`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
