import { SaxesParser } from 'saxes';

/**
 * Parses `xml` with saxes, a conforming XML 1.0 parser, and throws its first error (a character
 * XML cannot hold, a `]]>` in text, an unclosed element), so a test sees why a file is not XML.
 *
 * @example
 *   parseXml('<a>]]></a>') // throws: the string "]]>" is disallowed in char data
 */
export function parseXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}
