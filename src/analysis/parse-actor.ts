import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { readFrontmatter } from './read-frontmatter.ts';
import { report } from './report.ts';
import { idProblem } from './ids.ts';
import { clipForMessage } from './quote-value.ts';
import { frontmatterUrlProblems, nodeUrlProblem, urlRule } from './url-policy.ts';
import { ActorFrontmatterSchema } from './schema/actor-frontmatter.ts';
import type { Actor } from './schema/entries.ts';
import { renderNote } from '../markdown/markdown-processor.ts';
import './vfile-data.ts';

const actorProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses `content/actors/<id>.md`: validated frontmatter, and the body rendered as safe HTML.
 * Problems are messages on the returned file.
 *
 * @example
 *   parseActor('---\nname: India\nkind: country\n---\nThe Republic of India.', 'content/actors/india.md').actor?.name
 *   // 'India'
 */
export function parseActor(source: string, path: string): { file: VFile; actor?: Actor } {
  const file = new VFile({ path, value: source });
  file.data.location = location(file);
  const id = file.stem ?? '';
  const problem = idProblem(id);
  if (problem) report(file, `actor file name: ${problem}`, { line: 1, column: 1 }, 'id-pattern');
  const tree = actorProcessor.parse(file) as Root;
  const read = readFrontmatter(tree, file, ActorFrontmatterSchema, 'name and kind');
  if (!read) return { file };
  const { data: frontmatter, yaml } = read;
  const body = source.slice(tree.children[0]?.position?.end.offset ?? 0).trim();
  if (tree.children.some((node) => node.type === 'html')) {
    report(
      file,
      'raw HTML is not allowed in an actor description; write Markdown',
      { line: 1, column: 1 },
      'raw-html',
    );
  }
  // One URL policy for the description and the identification note, as for articles.
  visit(tree, (node) => {
    const problem = nodeUrlProblem(node);
    if (problem) report(file, `description: ${problem}`, node.position?.start, urlRule(node));
  });
  for (const { path, problem, rule } of frontmatterUrlProblems(frontmatter))
    report(
      file,
      `${clipForMessage(path.join('.'))}: ${problem}`,
      () => file.data.location?.toPoint(yaml.offsetOf(path)),
      rule,
    );
  const { identification, links, aliases, ...rest } = frontmatter;
  const actor: Actor = {
    id,
    ...rest,
    aliases: aliases ?? [],
    links: links ?? [],
    ...(identification
      ? {
          identification: {
            confidence: identification.confidence,
            note: identification.note,
            noteHtml: renderNote(identification.note),
            sources: identification.sources ?? [],
          },
        }
      : {}),
    descriptionHtml: body ? renderNote(body) : '',
    // The stubs `analyze --fix` writes say "TODO: describe …" until the analyst does.
    ...(/^TODO\b/u.test(body) ? { toDescribe: true as const } : {}),
  };
  return { file, actor };
}
