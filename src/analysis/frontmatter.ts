import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';

/** A parsed YAML block that can point back into the file it came from. */
export interface LocatedYaml {
  data: unknown;
  /** File offset of the key (or value) at `path`, or of the block itself when the path is not found. */
  offsetOf(path: ReadonlyArray<PropertyKey>): number;
}

/**
 * Parses YAML that starts at `startOffset` in `file`, reporting syntax errors and warnings
 * (duplicate keys included) as file messages at their real position.
 *
 * @example
 *   const yaml = parseLocatedYaml('title: x', file, 4)
 *   yaml.offsetOf(['title']) // 4
 */
export function parseLocatedYaml(
  text: string,
  file: VFile,
  startOffset: number,
): LocatedYaml | undefined {
  // Fast path: js-yaml (YAML 1.2 core schema, duplicate keys refused). Positions are only needed
  // when something is wrong, so the slower, position-keeping \`yaml\` parser runs only then.
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    data = undefined;
  }
  let doc: Document | undefined;
  const document = (): Document =>
    (doc ??= parseDocument(text, { uniqueKeys: true, prettyErrors: false }));
  if (data === undefined) {
    const place = (offset: number) => file.data.location?.toPoint(startOffset + offset);
    for (const problem of [...document().errors, ...document().warnings]) {
      report(
        file,
        `invalid frontmatter YAML: ${problem.message.split('\n')[0]}; fix the YAML syntax`,
        place(problem.pos[0]),
        'yaml',
      );
    }
    if (file.messages.length === 0)
      report(file, 'invalid frontmatter YAML; fix the YAML syntax', place(0), 'yaml');
    return undefined;
  }

  const offsetOf = (path: ReadonlyArray<PropertyKey>): number => {
    let node: unknown = document().contents;
    let offset = rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else break;
    }
    return startOffset + offset;
  };
  return { data, offsetOf };
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node
    ? (node as YamlNode).range?.[0]
    : undefined;
}

/** A source position, or a way to compute one only when a problem is actually reported. */
export type Place = Point | undefined | (() => Point | undefined);

/** Adds a fatal-class message (every problem fails the build) with a rule id for tests to match. */
export function report(file: VFile, reason: string, place: Place, ruleId: string): void {
  const point = typeof place === 'function' ? place() : place;
  const message = file.message(reason, { place: point ?? undefined, ruleId, source: 'claimlens' });
  message.fatal = true;
}

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
    const field = issue.path.length > 0 ? issue.path.join('.') : where;
    let reason = issue.message;
    if (issue.code === 'invalid_value') {
      reason = `${JSON.stringify(valueAt(yaml.data, issue.path))} is not allowed; allowed values: ${issue.values.map(String).join(', ')}`;
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
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}
