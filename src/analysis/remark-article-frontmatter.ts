import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { readFrontmatter } from './read-frontmatter.ts';
import { report } from './report.ts';
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
    const read = readFrontmatter(
      tree,
      file,
      ArticleDraftFrontmatterSchema,
      'title, summary, author, source and analysed',
    );
    if (!read) return;
    const { data: frontmatter, yaml } = read;
    if (frontmatter.assessment === undefined)
      report(
        file,
        `assessment: missing required field; ${ASSESSMENT_HINT}`,
        () => file.data.location?.toPoint(yaml.offsetOf(['assessment'])),
        'missing-assessment',
      );
    // A note's link the renderer would drop is refused here, with its field, as in the body.
    const urlProblems = frontmatterUrlProblems(frontmatter);
    for (const { path, problem, rule } of urlProblems)
      report(
        file,
        `${clipForMessage(path.join('.'))}: ${problem}`,
        () => file.data.location?.toPoint(yaml.offsetOf(path)),
        rule,
      );
    if (urlProblems.length > 0) return;
    file.data.frontmatter = frontmatter;
  };
}
