import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';

/** One printed page: its words, and how far down the page its ink reaches (0–1, of the page). */
export interface PrintedPage {
  text: string;
  filled: number;
}

/** How far down a rendered page its lowest non-white pixel row lies, as a share of its height. */
async function inkDepth(png: Uint8Array): Promise<number> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  for (let row = image.height - 1; row >= 0; row -= 1)
    for (let x = 0; x < image.width; x += 1) {
      const at = (row * image.width + x) * 4;
      if (Math.min(data[at] ?? 255, data[at + 1] ?? 255, data[at + 2] ?? 255) < 235)
        return (row + 1) / image.height;
    }
  return 0;
}

/**
 * The pages of a PDF as a reader of the print sees them: pdf.js (through pdf-parse) reads each
 * page's words and draws the page, and the drawing says how much of the page is used.
 */
export async function printedPages(pdf: Buffer): Promise<PrintedPage[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { pages } = await parser.getText();
    const shots = await parser.getScreenshot({ scale: 0.3, imageBuffer: true });
    return Promise.all(
      pages.map(async (page, i) => ({
        text: page.text.trim(),
        filled: await inkDepth(shots.pages[i]?.data ?? new Uint8Array()),
      })),
    );
  } finally {
    await parser.destroy();
  }
}
