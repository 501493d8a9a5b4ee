import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { fromXml } from 'xast-util-from-xml';
import { xastToXml } from '../xml-text.ts';
import { textAsOutlines } from './glyph-text.ts';
import { SHARE_FONT_FILES } from './share-fonts.ts';

// Images are drawn one a core by the share-images step's processes: libvips' own threads would
// only compete with them, and its cache of operations would hold memory for nothing.
sharp.concurrency(1);
sharp.cache(false);

/** resvg's options: the packaged DejaVu fonts only, no system fonts, nothing fetched. */
export const resvgOptions = (width: number) => ({
  fitTo: { mode: 'width' as const, value: width },
  background: '#ffffff',
  font: { fontFiles: SHARE_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
});

/** The SVG with its plainly styled text as glyph outlines (glyph-text.ts). */
export const withOutlinedText = (svg: string): string => xastToXml(textAsOutlines(fromXml(svg)));

/** Raw RGBA pixels of an SVG drawn `width` pixels wide (height follows the viewBox). */
export function rasterise(svg: string, width: number) {
  const image = new Resvg(svg, resvgOptions(width)).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * Encodes RGBA pixels as PNG at zlib level 1: a third of the time of resvg's own encoder, for
 * files about half again as large (docs/performance.md).
 */
export function encodePng(image: ReturnType<typeof rasterise>): Promise<Buffer> {
  const raw = { width: image.width, height: image.height, channels: 4 as const };
  return sharp(image.pixels, { raw })
    .png({ compressionLevel: 1, adaptiveFiltering: false })
    .toBuffer();
}

/**
 * Rasterises an SVG document to PNG at `width` pixels (height follows the viewBox). Plainly
 * styled text goes in as glyph outlines, so resvg opens the fonts only for the rest (a label
 * styled by a class), and builds no font database for an image that has none.
 *
 * @example
 *   await renderPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"/>', 1200) // 1200×600
 */
export function renderPng(svg: string, width: number): Promise<Buffer> {
  return encodePng(rasterise(withOutlinedText(svg), width));
}
