// Makes sure a Chromium exists before the browser tests, and says what it did.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const found = findChromium();
if (found) {
  console.log(`ensure-chromium: using ${found}`);
  process.exit(0);
}
console.log("ensure-chromium: no Chromium found; trying Playwright's own download");
if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) {
  console.log(`ensure-chromium: installed Playwright's Chromium at ${findChromium()}`);
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
  console.log(
    "ensure-chromium: Playwright could not download; installing Debian's chromium package",
  );
  if (
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', 'chromium']) &&
    findChromium()
  ) {
    console.log(`ensure-chromium: installed ${findChromium()}`);
    process.exit(0);
  }
}
console.error(
  'ensure-chromium: no Chromium available. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
);
process.exit(1);
