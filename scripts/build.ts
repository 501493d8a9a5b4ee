// `npm run build`: builds into a staging folder, runs the post-build steps on it, and only then
// swaps it in as dist/. An interrupted or failed build leaves the previous dist/ untouched, and
// never a half-written one that looks complete. Any warning fails the build.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { postBuildSteps } from './build-steps/index.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const staging = `${outDir}.staging`;
const retired = `${outDir}.old`;

/** Runs `astro build` into `dir`, echoing its output; resolves with the warnings it printed. */
function astroBuild(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build', '--outDir', dir], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const warnings: string[] = [];
    const echo = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      const text = chunk.toString();
      stream.write(text);
      for (const line of stripVTControlCharacters(text).split('\n')) if (/\[WARN\]|\bwarn(ing)?:/i.test(line)) warnings.push(line.trim());
    };
    child.stdout.on('data', (chunk: Buffer) => echo(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => echo(chunk, process.stderr));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(warnings) : reject(new Error(`astro build exited with ${code}`))));
  });
}

rmSync(staging, { recursive: true, force: true });
try {
  const warnings = await astroBuild(staging);
  if (warnings.length > 0) throw new Error(`the build printed ${warnings.length} warning(s), and a warning is an error:\n${warnings.join('\n')}`);
  for (const step of postBuildSteps) {
    console.log(`build: ${step.name}`);
    await step.run(staging);
  }
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build: failed, ${outDir}/ left as it was. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
rmSync(retired, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`build: ${outDir}/ is complete`);
