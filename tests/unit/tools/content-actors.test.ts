import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentActors } from '../../../src/tools/content-actors.ts';

function folder(actors: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-actors-'));
  mkdirSync(join(dir, 'actors'));
  for (const [id, yaml] of Object.entries(actors))
    writeFileSync(join(dir, 'actors', `${id}.md`), `---\n${yaml}\n---\nAn actor.\n`);
  return dir;
}

describe('contentActors', () => {
  test('indexes ids and aliases', () => {
    const { registry, failing } = contentActors(
      folder({ g7: 'name: G7\nkind: group\naliases: [G7, G7 countries]' }),
    );
    expect(failing).toEqual([]);
    expect([...registry.ids]).toEqual(['g7']);
    expect(registry.aliases.get('G7 countries')).toBe('g7');
  });

  test('reports, rather than throws, a broken actor and a shared alias, as the build would', () => {
    const { failing, registry } = contentActors(
      folder({
        aa: 'name: A\nkind: group\naliases: [Same]',
        bb: 'name: B\nkind: group\naliases: [Same]',
        cc: 'name: C\nkind: nonsense',
      }),
    );
    expect(
      failing.flatMap((file) => file.messages.map((m) => [file.stem, m.ruleId, m.line])),
    ).toEqual([
      ['bb', 'duplicate-alias', 4],
      ['cc', 'schema', 3],
    ]);
    expect(registry.aliases.get('Same')).toBe('aa');
  });
});
