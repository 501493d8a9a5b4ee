import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { parseLocatedYaml } from './located-yaml.ts';
import { report } from './report.ts';
import { reportZodIssues } from './zod-messages.ts';
import { clipForMessage } from './quote-value.ts';
import { frontmatterUrlProblems } from './url-policy.ts';
import { ArticleDraftFrontmatterSchema } from './schema/article-frontmatter.ts';
import { ASSESSMENT_HINT } from './schema/assessment.ts';
import './vfile-data.ts';

/**
 * Reads the YAML frontmatter node (from remark-frontmatter), validates it against
 * `ArticleFrontmatterSchema` and keeps it on `file.data.frontmatter`; every problem is
 * reported at the offending key. A missing assessment is reported as `missing-assessment`,
 * and the rest of the article is still checked.
 */
export function remarkArticleFrontmatter() {
  return (tree: Root, file: VFile): void => {
    file.data.location ??= location(file);
    const node = tree.children[0];
    if (node?.type !== 'yaml') {
      report(
        file,
        'missing frontmatter; start the file with a --- block holding title, summary, author, source and analysed',
        { line: 1, column: 1 },
        'frontmatter',
      );
      return;
    }
    // The YAML value starts on the line after the opening `---`.
    const start = (node.position?.start.offset ?? 0) + '---\n'.length;
    const yaml = parseLocatedYaml(node.value, file, start);
    if (!yaml) return;
    file.data.yaml = yaml;
    const parsed = ArticleDraftFrontmatterSchema.safeParse(yaml.data);
    if (!parsed.success) {
      reportZodIssues(parsed.error.issues, yaml, file, 'frontmatter');
      return;
    }
    if (parsed.data.assessment === undefined)
      report(
        file,
        `assessment: missing required field; ${ASSESSMENT_HINT}`,
        () => file.data.location?.toPoint(yaml.offsetOf(['assessment'])),
        'missing-assessment',
      );
    // A note's link the renderer would drop is refused here, with its field, as in the body.
    const urlProblems = frontmatterUrlProblems(parsed.data);
    for (const { path, problem, rule } of urlProblems)
      report(
        file,
        `${clipForMessage(path.join('.'))}: ${problem}`,
        () => file.data.location?.toPoint(yaml.offsetOf(path)),
        rule,
      );
    if (urlProblems.length > 0) return;
    file.data.frontmatter = parsed.data;
  };
}
