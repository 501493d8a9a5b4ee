import type { Nodes } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from './report.ts';

/** Largest article accepted, in UTF-16 code units (~16 MB of text): far above any real article. */
export const MAX_ARTICLE_LENGTH = 16 * 1024 * 1024;

/** Deepest tree accepted. Real articles nest a handful of levels; parsers recurse per level. */
const MAX_DEPTH = 64;

/** Deepest frontmatter accepted (js-yaml's own default); real records nest four or five levels. */
export const MAX_YAML_DEPTH = 100;

/**
 * How many values aliases may add to a frontmatter block once expanded, all aliases together. A
 * shared source costs about ten; an alias bomb of a kilobyte stands for hundreds of millions.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Reports frontmatter nested deeper than `MAX_YAML_DEPTH`, at the place it goes too deep. */
export function reportYamlTooDeep(file: VFile, place: Point | undefined): void {
  report(
    file,
    `frontmatter nests more than ${MAX_YAML_DEPTH} levels deep here; flatten it`,
    place,
    'too-deep',
  );
}

/** Longest run of one emphasis character accepted; longer runs make the parser nest per character. */
const MAX_DELIMITER_RUN = 64;
const DELIMITER_RUN = new RegExp(`[*_~]{${MAX_DELIMITER_RUN + 1},}`);
/** Indentation, quote markers and list markers at the start of a line: what opens nested containers. */
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

/**
 * Refuses input that would exhaust the parser before it is parsed: oversized files, lines that
 * open dozens of nested quotes or lists, and runs of emphasis markers. Returns false when refused.
 *
 * @example
 *   checkSourceLimits('>'.repeat(500) + ' deep', file) // false, with a message at 1:1
 */
export function checkSourceLimits(source: string, file: VFile): boolean {
  if (source.length > MAX_ARTICLE_LENGTH) {
    report(
      file,
      `article is ${source.length} characters long, over the limit of ${MAX_ARTICLE_LENGTH}; split it`,
      { line: 1, column: 1 },
      'too-large',
    );
    return false;
  }
  const lines = source.split('\n');
  for (const [index, line] of lines.entries()) {
    const run = DELIMITER_RUN.exec(line);
    if (run) {
      report(
        file,
        `a run of ${run[0].length} emphasis characters (*, _, ~) would nest emphasis too deeply; escape them ` +
          'with a backslash or shorten the run',
        { line: index + 1, column: run.index + 1 },
        'too-deep',
      );
      return false;
    }
    const prefix = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0;
    if (prefix > MAX_DEPTH * 2) {
      report(
        file,
        `this line opens more than ${MAX_DEPTH} levels of quotes or lists; flatten the nesting`,
        { line: index + 1, column: 1 },
        'too-deep',
      );
      return false;
    }
  }
  return true;
}

/**
 * Checks the parsed tree's depth without recursion (the check must not itself overflow), and
 * reports the first node deeper than `MAX_DEPTH`. Returns false when too deep.
 */
export function checkTreeDepth(tree: Nodes, file: VFile): boolean {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Nodes, number];
    if (depth > MAX_DEPTH) {
      report(
        file,
        `content nests more than ${MAX_DEPTH} levels deep here; flatten it`,
        node.position?.start,
        'too-deep',
      );
      return false;
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return true;
}
