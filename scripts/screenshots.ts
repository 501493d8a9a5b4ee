// Takes the README's screenshots from the built site (run `npm run build` first):
// `npm run screenshots` writes docs/images/*.png. Real Chromium, the same one the tests use.
// The share cards are copied as the build drew them: they are what a link preview shows.
import { copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

type Shot = {
  file: string;
  path: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
};

const SEED = '/articles/japan-india-rare-earths/';
const SHOTS: Shot[] = [
  { file: 'article-first-screen.png', path: SEED, width: 1280, height: 800, scheme: 'light' },
  { file: 'article-first-screen-phone.png', path: SEED, width: 390, height: 844, scheme: 'dark' },
  {
    file: 'claim-page.png',
    path: `${SEED}claims/g7-quickly-met/`,
    width: 1280,
    height: 800,
    scheme: 'light',
  },
];

/** The share cards of the article page and of a claim page, as the build drew them. */
const CARDS: { file: string; from: string }[] = [
  { file: 'article-share-card.png', from: `dist${SEED}share.png` },
  { file: 'claim-share-card.png', from: `dist${SEED}claims/g7-quickly-met/share.png` },
];
for (const card of CARDS) {
  copyFileSync(card.from, `docs/images/${card.file}`);
  console.log(`docs/images/${card.file}: ${card.from}`);
}

const files = sirv('dist', { dev: false, extensions: ['html'] });
const server = createServer((request, response) =>
  files(request, response, () => {
    response.statusCode = 404;
    response.end();
  }),
).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${shot.path}`);
    await page.screenshot({ path: `docs/images/${shot.file}` });
    await context.close();
    console.log(
      `docs/images/${shot.file}: ${shot.path} at ${shot.width}×${shot.height}, ${shot.scheme}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
