import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The only fonts a PNG is drawn with: DejaVu Sans from the package, so every machine draws the same. */
const SHARE_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  join(FONT_DIR, name),
);

/**
 * Rasterises an SVG document to PNG at `width` pixels (height follows the viewBox), with the
 * packaged DejaVu fonts only: no system fonts, nothing fetched.
 *
 * @example
 *   renderPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"/>', 1200) // a 1200×600 PNG
 */
export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { fontFiles: SHARE_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
