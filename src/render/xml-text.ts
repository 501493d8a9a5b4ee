import type { Nodes } from 'hast';
import type { Nodes as XmlNodes } from 'xast';
import { toXast } from 'hast-util-to-xast';
import { stringifyEntitiesLight } from 'stringify-entities';
import { visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';

/**
 * The text policy of every output that is XML (drawings, share images, feeds) or sits beside it
 * (inline SVG): one rule, applied to text before a serialiser sees it.
 * - Control characters (C0, DEL, C1) other than tab, line feed and carriage return are dropped:
 *   XML 1.0 cannot carry most of them, and none of them is a letter a reader would miss.
 * - Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the last two of every plane) and lone
 *   surrogates become U+FFFD, the replacement character, so the place of the lost letter shows.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

/**
 * Text under the policy above.
 *
 * @example
 *   cleanText('Ban\u0007 \uFFFE') // 'Ban \uFFFD'
 */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(CONTROL, '').replace(NONCHARACTER, '\uFFFD');
}

/** Every text and attribute value of a hast tree under the policy, in place; returns the tree. */
export function cleanHast<T extends Nodes>(tree: T): T {
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'comment') node.value = cleanText(node.value);
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = cleanText(value);
      else if (Array.isArray(value))
        node.properties[name] = value.map((v) => (typeof v === 'string' ? cleanText(v) : v));
    }
  });
  return tree;
}

/**
 * An SVG hast tree as an XML document's text: the policy applied, then serialised by
 * xast-util-to-xml. Its text escaping (stringify-entities, `&` and `<`) is taken with `>` added,
 * so a `]]>` in a title cannot end up in the file, where XML forbids it.
 *
 * @example
 *   svgToXml(el('svg', {}, [text('a]]>b')])) // '<svg>a]]&#x3E;b</svg>'
 */
export function svgToXml(tree: Nodes): string {
  return xastToXml(toXast(cleanHast(tree), { space: 'svg' }));
}

/**
 * An xast tree as XML text with the escaping of `svgToXml` (`&`, `<` and `>`), for a document
 * read and rewritten as XML (the PNG step's glyph outlines), which must stay as valid as it came.
 */
export function xastToXml(xast: XmlNodes): string {
  visit(xast, 'text', (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    parent.children[index] = {
      type: 'raw',
      value: stringifyEntitiesLight(node.value, { subset: ['&', '<', '>'] }),
    };
  });
  return toXml(xast, { allowDangerousXml: true });
}
