import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The only fonts an image is drawn with: DejaVu Sans from the package, so every machine draws the same. */
export const SHARE_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  join(FONT_DIR, name),
) as [regular: string, bold: string];
