// `npm run new -- <slug> <text-file> [--url … --publisher … --published … --language … --title … --author …]`
// Creates content/articles/<slug>.md from a plain text (see docs/tooling.md). Exit 0 on success,
// 2 on bad input (the message says what to fix); nothing is overwritten.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { createArticle } from '../src/tools/create-article.ts';
import { ToolError } from '../src/tools/tool-error.ts';
import { contentDirFrom } from '../src/analysis/content-dir.ts';

const usage =
  'usage: npm run new -- <slug> <text-file> [--url URL] [--publisher NAME] [--published YYYY-MM-DD] [--language ' +
  'en] [--title TEXT] [--author ACTOR-ID] [--content DIR]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      language: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const [slug, textFile] = positionals;
  if (slug === undefined || textFile === undefined || positionals.length > 2)
    throw new ToolError(`expected a slug and a text file\n${usage}`);
  let text: string;
  try {
    text = readFileSync(textFile, 'utf8');
  } catch {
    throw new ToolError(
      `cannot read the text file "${textFile}"; give the path of a plain-text file`,
    );
  }
  const { url, publisher, published, language, title, author } = values;
  const created = createArticle(contentDirFrom(values.content), {
    slug,
    text,
    analysed: Temporal.Now.plainDateISO().toString(),
    ...(url === undefined ? {} : { url }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
    ...(language === undefined ? {} : { language }),
    ...(title === undefined ? {} : { title }),
    ...(author === undefined ? {} : { author }),
  });
  console.log(`new: wrote ${created.article}`);
  console.log(
    `new: wrote ${created.original} (the original, which the fidelity test compares against)`,
  );
  if (created.authorActor)
    console.log(`new: wrote ${created.authorActor} (an author stub: name the author if known)`);
  console.log(
    'new: it is a draft (draft: true): npm run dev shows it with what is still to write, npm run build ' +
      'leaves it out until you remove draft',
  );
  console.log(`new: next, run npm run analyze -- ${slug} (add --fix to write proposed markers)`);
} catch (error) {
  if (
    error instanceof ToolError ||
    (error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    console.error(`new: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
