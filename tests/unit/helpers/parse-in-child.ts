// Parses one article file in its own process and prints its messages, the time the parse took
// (module loading left out) and the process's peak resident memory as JSON, so a test can measure
// what one bad article costs.
import { readFileSync } from 'node:fs';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';

const path = process.argv[2] ?? '';
const processor = createArticleProcessor({
  ids: new Set(['writer', 'author']),
  aliases: new Map(),
});
const source = readFileSync(path, 'utf8');
const started = performance.now();
const { file } = parseArticle(processor, source, path);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    messages: file.messages.map(String),
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
