import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { clipForMessage, quoteValue } from './quote-value.ts';
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
  let doc: Document | undefined;
  const document = (): Document =>
    (doc ??= parseDocument(text, { uniqueKeys: true, prettyErrors: false }));
  const place = (offset: number) => file.data.location?.toPoint(startOffset + offset);
  // Fast path: js-yaml (YAML 1.2 core schema, duplicate keys refused). Positions are only needed
  // when something is wrong, so the slower, position-keeping `yaml` parser runs only then. js-yaml
  // shares an aliased value rather than copying it, but everything that walks the data afterwards
  // (validation, messages, the cache) expands it; so a file with aliases is first measured on the
  // `yaml` syntax tree, without expanding anything, and refused when its aliases stand for too much.
  let loaded = loadYaml(text, 0);
  // With a syntax error, the aliases are not measured: the error is what gets reported.
  if (loaded.error?.reason.startsWith('aliases exceeded') && document().errors.length === 0) {
    if (!checkAliases(document(), file, place)) return undefined;
    loaded = loadYaml(text, -1);
  }
  if (loaded.error) {
    if (loaded.error.reason.startsWith('nesting exceeded')) {
      report(
        file,
        `frontmatter nests more than ${MAX_YAML_DEPTH} levels deep here; flatten it`,
        place(loaded.error.mark?.position ?? 0),
        'too-deep',
      );
      return undefined;
    }
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
  const data = loaded.data;

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

/** Deepest frontmatter accepted (js-yaml's own default); real records nest four or five levels. */
const MAX_YAML_DEPTH = 100;

/**
 * How many values aliases may add to a frontmatter block once expanded, all aliases together. A
 * shared source costs about ten; an alias bomb of a kilobyte stands for hundreds of millions.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

function loadYaml(
  text: string,
  maxAliases: number,
): { data: unknown; error?: undefined } | { data?: undefined; error: YAMLException } {
  try {
    return {
      data: load(text, { schema: CORE_SCHEMA, maxAliases, maxDepth: MAX_YAML_DEPTH }) ?? {},
    };
  } catch (error) {
    if (error instanceof YAMLException) return { error };
    throw error;
  }
}

/**
 * Measures what the aliases of `doc` stand for, in one walk of its syntax tree that expands
 * nothing: each node's expanded size is computed once, and an alias costs its anchor's size.
 * Reports, at the alias, the first one that takes the total over `MAX_ALIAS_EXPANSION`, and any
 * alias that points into its own value. Returns false when it reported.
 */
function checkAliases(
  doc: Document,
  file: VFile,
  place: (offset: number) => Point | undefined,
): boolean {
  const anchors = new Map<string, YamlNode>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let added = 0;
  const walk = (node: unknown, depth: number): number | undefined => {
    if (depth > MAX_YAML_DEPTH) {
      report(
        file,
        `frontmatter nests more than ${MAX_YAML_DEPTH} levels deep here; flatten it`,
        place(rangeStart(node) ?? 0),
        'too-deep',
      );
      return undefined;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const name = quoteValue(`*${node.source}`);
      if (target && open.has(target)) {
        report(
          file,
          `alias ${name} points into the value it belongs to, which would never end; write the value out`,
          place(rangeStart(node) ?? 0),
          'yaml-alias',
        );
        return undefined;
      }
      const size = sizes.get(target) ?? 1;
      added += size;
      if (added > MAX_ALIAS_EXPANSION) {
        report(
          file,
          `alias ${name} stands for ${size.toLocaleString('en-US')} values, which takes the frontmatter's ` +
            `aliases over ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values once expanded, too many to ` +
            'check; aliases are for a few shared values such as sources: write the value out instead',
          place(rangeStart(node) ?? 0),
          'yaml-alias',
        );
        return undefined;
      }
      return size;
    }
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    let size = 1;
    open.add(node);
    const children = isMap(node)
      ? node.items.flatMap((pair) => [pair.key, pair.value])
      : isSeq(node)
        ? node.items
        : [];
    for (const child of children) {
      const childSize = child === null || child === undefined ? 1 : walk(child, depth + 1);
      if (childSize === undefined) return undefined;
      size += childSize;
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  return walk(doc.contents, 0) !== undefined;
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
