import type { Nodes, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { report } from './report.ts';
import { idProblem } from './ids.ts';
import { quoteValue } from './quote-value.ts';
import { nodeUrlProblem, urlRule } from './url-policy.ts';
import { toString } from 'mdast-util-to-string';

/** The three text directives of the annotation syntax. */
export type MarkerName = 'claim' | 'event' | 'actor';

/** Attributes each directive accepts; anything else is refused (it could reach the page). */
const MARKER_ATTRIBUTES: Record<MarkerName, readonly string[]> = {
  claim: ['id', 'type', 'claimant', 'status'],
  event: ['id', 'type', 'date'],
  actor: ['ref'],
};

/** A marker found in the body, with its node so later steps can place errors and compute offsets. */
export interface Marker {
  name: MarkerName;
  node: TextDirective;
  /** `#id` for claims and events, `ref` for actors. */
  id: string;
  /** Inline fields other than the id. */
  fields: Record<string, string>;
}

const isMarkerName = (name: string): name is MarkerName =>
  name === 'claim' || name === 'event' || name === 'actor';

/** A text directive (`:name[…]`), of the given name when one is given. */
export function isDirective(node: Nodes, name?: string): node is TextDirective {
  return node.type === 'textDirective' && (name === undefined || node.name === name);
}

/** Which markers may sit inside which: a claim may hold events and actors; nothing else nests. */
const MAY_CONTAIN: Record<MarkerName, readonly MarkerName[]> = {
  claim: ['event', 'actor'],
  event: [],
  actor: [],
};

/**
 * Whether a `marker` may sit inside `node`: true for a marker that may hold it, false for any
 * other marker; undefined for a node that is no marker.
 *
 * @example
 *   mayHold(claimDirective, 'event') // true
 */
export function mayHold(node: Nodes, marker: MarkerName): boolean | undefined {
  if (!isDirective(node) || !isMarkerName(node.name)) return undefined;
  return MAY_CONTAIN[node.name].includes(marker);
}

/**
 * Finds and checks every marker in an article body: unknown or misspelt directives, raw HTML,
 * empty markers, bad or duplicate ids, undocumented attributes and bad nesting are reported
 * on `file` at the marker's position. Returns the well-formed markers in reading order.
 *
 * @example
 *   collectMarkers(fromMarkdown(':claim[It rained.]{#rain}', …), file)
 *   // [{ name: 'claim', id: 'rain', fields: {}, node }]
 */
export function collectMarkers(tree: Root, file: VFile): Marker[] {
  const markers: Marker[] = [];
  const seen = { claim: new Set<string>(), event: new Set<string>() };
  const at = (node: Nodes) => node.position?.start;

  visitParents(tree, (node, ancestors) => {
    if (node.type === 'html') {
      report(
        file,
        `raw HTML is not allowed in an article body (${JSON.stringify(node.value.slice(0, 40))}); write it as ` +
          `text, escaping "<" as "\\<"`,
        at(node),
        'raw-html',
      );
      return;
    }
    const urlProblem = nodeUrlProblem(node);
    if (urlProblem) {
      report(file, urlProblem, at(node), urlRule(node));
      return;
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      report(
        file,
        `unknown directive "${node.type === 'leafDirective' ? '::' : ':::'}${node.name}"; only the text ` +
          'directives :claim, :event and :actor exist',
        at(node),
        'unknown-directive',
      );
      return;
    }
    if (node.type !== 'textDirective') return;
    if (!isMarkerName(node.name)) {
      report(
        file,
        `unknown directive ":${node.name}"; use :claim, :event or :actor (a colon directly followed by a letter ` +
          `or digit starts a directive: write "\\:" for a literal colon, as in 10\\:30)`,
        at(node),
        'unknown-directive',
      );
      return;
    }
    const name = node.name;
    const attributes = node.attributes ?? {};
    const parent = ancestors.findLast((a): a is TextDirective => mayHold(a, name) !== undefined);
    if (parent && !mayHold(parent, name)) {
      report(
        file,
        `:${name} cannot be placed inside :${parent.name}; close the :${parent.name} marker first`,
        at(node),
        'nesting',
      );
    }
    if (toString(node).trim() === '') {
      report(
        file,
        `empty :${name} marker; put the text it marks between the brackets, e.g. :${name}[the words]`,
        at(node),
        'empty-marker',
      );
      return;
    }
    // No prototype: attribute names are the author's, and none may reach a built-in property.
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      if (!MARKER_ATTRIBUTES[name].includes(key)) {
        const hint =
          key === 'class'
            ? 'classes (".x") are not part of the syntax'
            : `allowed: ${MARKER_ATTRIBUTES[name].map((a) => (a === 'id' ? '#id' : a)).join(', ')}`;
        report(
          file,
          `:${name} does not take the attribute ${quoteValue(key)}; ${hint}`,
          at(node),
          'attribute',
        );
        continue;
      }
      fields[key] = value;
    }
    const idKey = name === 'actor' ? 'ref' : 'id';
    const id = fields[idKey];
    delete fields[idKey];
    if (!id) {
      const fix = name === 'actor' ? 'add {ref=actor-id}' : `add an id: :${name}[…]{#some-id}`;
      report(
        file,
        `:${name} marker without ${name === 'actor' ? 'a ref' : 'an id'}; ${fix}`,
        at(node),
        'missing-id',
      );
      return;
    }
    const problem = idProblem(id);
    if (problem) {
      report(file, problem, at(node), 'id-pattern');
      return;
    }
    if (name !== 'actor') {
      if (seen[name].has(id)) {
        report(
          file,
          `duplicate ${name} id "${id}"; each ${name} id may be used once per article, rename one`,
          at(node),
          'duplicate-id',
        );
        return;
      }
      seen[name].add(id);
    }
    markers.push({ name, node, id, fields });
  });
  return markers;
}
