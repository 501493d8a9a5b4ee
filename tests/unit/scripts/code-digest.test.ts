import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeDigest, importGraph } from '../../../scripts/build-steps/code-digest.ts';

/** A small repository: draw.ts imports shapes.ts and a package; notes.ts is imported by nobody. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/draw.ts', "import { square } from './shapes.ts';\nimport x from 'pkg/sub';\n");
  write('src/shapes.ts', "import type { Box } from './box.ts';\nexport const square = 1;\n");
  write('src/box.ts', 'export interface Box { width: number }\n');
  write('src/notes.ts', 'export const note = 1;\n');
  write('node_modules/pkg/package.json', '{"name":"pkg","version":"1.0.0"}');
  return { root, write, entry: [join(root, 'src/draw.ts')] };
}

describe('the digest of the code that draws an image', () => {
  it('follows the imports of its entry module, packages by version', () => {
    const { root, entry } = repository();
    expect(importGraph(entry, root)).toEqual({
      files: ['src/box.ts', 'src/draw.ts', 'src/shapes.ts'],
      packages: ['pkg@1.0.0'],
    });
  });

  it('stays when a file the drawing does not import changes, so nothing is redrawn', () => {
    const { root, write, entry } = repository();
    const before = codeDigest(entry, root);
    write('src/notes.ts', 'export const note = 2;\n');
    expect(codeDigest(entry, root)).toBe(before);
  });

  it('changes when a file it imports, or a package it uses, changes', () => {
    const { root, write, entry } = repository();
    const first = codeDigest(entry, root);
    write('src/shapes.ts', 'export const square = 2;\n');
    const second = codeDigest(entry, root);
    expect(second).not.toBe(first);
    write('node_modules/pkg/package.json', '{"name":"pkg","version":"1.0.1"}');
    expect(codeDigest(entry, root)).not.toBe(second);
  });

  it('keys a claim card on the card and its helpers, not on the rest of src/', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const card = join(root, 'src/render/share-images/share-svg.ts');
    const { files, packages } = importGraph([card], root);
    expect(files).toContain('src/analysis/claim-labels.ts');
    expect(files).not.toContain('src/render/share-images/render-png.ts');
    expect(files.some((file) => file.startsWith('src/pages/'))).toBe(false);
    expect(packages.some((name) => name.startsWith('xast-util-to-xml@'))).toBe(true);
  });
});
