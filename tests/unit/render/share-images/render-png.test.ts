import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { resvgOptions, withOutlinedText } from '../../../../src/render/share-images/render-png.ts';
import { parseXml } from '../../helpers/parse-xml.ts';

// A title's `]]>` is escaped by the text policy; writing the outlined SVG out again must keep it so
// (a plain toXml wrote it back raw, and resvg refused the drawing: "']]>' is not allowed").
test('text that stays text after outlining keeps its ]]> escaped, and resvg draws it', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">' +
    '<text x="0" y="20" style="font-style:italic">Title ]]&gt; here</text>' +
    '<title>Breaker ]]&gt; Ltd</title></svg>';
  const outlined = withOutlinedText(svg);
  expect(() => parseXml(outlined)).not.toThrow();
  expect(parseXml(outlined).join('')).toContain('Breaker ]]> Ltd');
  expect(() => new Resvg(outlined, resvgOptions(200)).render()).not.toThrow();
});
