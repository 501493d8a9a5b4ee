import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlPages } from './site-files.ts';

/** One html-validate finding, located in a built file. */
export interface MarkupProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * Runs html-validate over every page of a built site with the project's `.htmlvalidate.json`
 * (html-validate:recommended), and returns every error and warning. The config is loaded from
 * `config` explicitly, so a site built outside the project is checked by the same rules.
 *
 * @example
 *   await validatePages('dist') // [] when every page is valid
 */
export async function validatePages(
  dir: string,
  config = '.htmlvalidate.json',
): Promise<MarkupProblem[]> {
  const rules = JSON.parse(readFileSync(config, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader({ ...rules, root: true }));
  const problems: MarkupProblem[] = [];
  for (const page of htmlPages(dir)) {
    const report = await validator.validateFile(join(dir, page));
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push({
          file: join(dir, page),
          line: m.line,
          column: m.column,
          rule: m.ruleId,
          message: m.message,
        });
    }
  }
  return problems;
}

/** Problems as `file:line:column: message (rule)` lines, for a test failure or a terminal. */
export const formatProblems = (problems: readonly MarkupProblem[]): string =>
  problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} (${p.rule})`).join('\n');
