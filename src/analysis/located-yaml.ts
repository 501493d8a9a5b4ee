import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { MAX_YAML_DEPTH, reportYamlTooDeep } from './limits.ts';
import { report } from './report.ts';
import { checkAliases, yamlNodeStart } from './yaml-alias-guard.ts';

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
      reportYamlTooDeep(file, place(loaded.error.mark?.position ?? 0));
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
    let offset = yamlNodeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        offset = yamlNodeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        offset = yamlNodeStart(item) ?? offset;
        node = item;
      } else break;
    }
    return startOffset + offset;
  };
  return { data, offsetOf };
}

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
