import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { LocatedYaml } from './located-yaml.ts';
import { clipForMessage, quoteValue } from './quote-value.ts';
import { report } from './report.ts';

/**
 * Turns zod issues into file messages placed at the offending YAML key.
 * Enum errors list the allowed values; unknown-key errors list the allowed fields.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  yaml: LocatedYaml,
  file: VFile,
  where: string,
): void {
  for (const issue of issues) {
    const path =
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const field = issue.path.length > 0 ? clipForMessage(issue.path.join('.')) : where;
    let reason = issue.message;
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String).join(', ');
      reason = `${quoteValue(valueAt(yaml.data, issue.path))} is not allowed; allowed values: ${allowed}`;
    } else if (issue.code === 'invalid_key') {
      reason = issue.issues.map((inner) => inner.message).join('; ');
    } else if (issue.code === 'invalid_type' && valueAt(yaml.data, issue.path) === undefined) {
      reason = `missing required field; add it`;
    }
    report(
      file,
      `${field}: ${reason}`,
      () => file.data.location?.toPoint(yaml.offsetOf(path)),
      'schema',
    );
  }
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = data;
  for (const key of path)
    node =
      node && typeof node === 'object' && Object.hasOwn(node, key)
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
  return node;
}
