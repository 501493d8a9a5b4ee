import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { parseLocatedYaml, type LocatedYaml } from './located-yaml.ts';
import { report } from './report.ts';
import './vfile-data.ts';
import { reportZodIssues } from './zod-messages.ts';

/**
 * The frontmatter block of a parsed Markdown file, validated by `schema`, and its located YAML
 * (also kept on `file.data.yaml`). Every problem is reported on `file` at its place: a missing block
 * (the message lists the fields to start it with, `needs`), YAML errors, and schema issues at
 * the offending key. Undefined when there was a problem.
 *
 * @example
 *   readFrontmatter(tree, file, ActorFrontmatterSchema, 'name and kind')?.data.name // 'India'
 */
export function readFrontmatter<S extends z.ZodType>(
  tree: Root,
  file: VFile,
  schema: S,
  needs: string,
): { data: z.output<S>; yaml: LocatedYaml } | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    report(
      file,
      `missing frontmatter; start the file with a --- block holding ${needs}`,
      { line: 1, column: 1 },
      'frontmatter',
    );
    return undefined;
  }
  // The YAML value starts on the line after the opening `---`.
  const start = (node.position?.start.offset ?? 0) + '---\n'.length;
  const yaml = parseLocatedYaml(node.value, file, start);
  if (!yaml) return undefined;
  file.data.yaml = yaml;
  const parsed = schema.safeParse(yaml.data);
  if (parsed.success) return { data: parsed.data, yaml };
  reportZodIssues(parsed.error.issues, yaml, file, 'frontmatter');
  return undefined;
}
