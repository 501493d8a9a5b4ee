import { SaxesParser } from 'saxes';

/**
 * Parses `xml` with saxes, a conforming XML 1.0 parser, and throws its first error (a character
 * XML cannot hold, a `]]>` in text, an unclosed element), so a test sees why a file is not XML.
 * Returns every text, CDATA section and attribute value as the parser decoded it (character
 * references resolved), for a test to read what a reader of the file gets.
 *
 * @example
 *   parseXml('<a>]]></a>') // throws: the string "]]>" is disallowed in char data
 *   parseXml('<a b="&#x85;">x</a>') // ['\u0085', 'x']
 */
export function parseXml(xml: string): string[] {
  const values: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => values.push(...Object.values(tag.attributes)));
  parser.on('text', (text) => values.push(text));
  parser.on('cdata', (text) => values.push(text));
  parser.write(xml).close();
  return values;
}
