import { slug } from 'github-slugger';
import { stringify } from 'yaml';
import { isValidId } from '../analysis/ids.ts';
import type { ActorKind } from '../analysis/schema/vocabulary.ts';
import type { ActorFinding } from './analyze-article.ts';
import type { NameKind } from './detect-actors.ts';

/** A new `content/actors/<id>.md` that `--fix` proposes for a name no actor covers. */
export interface ActorStub {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The file's text. */
  markdown: string;
}

/** Places other than countries are settings, not actors: reported, never stubbed. */
const KIND: Partial<Record<NameKind, ActorKind>> = {
  person: 'person',
  organization: 'organization',
  country: 'country',
  name: 'organization',
};

/**
 * Actor files for the names the analyzer found that no existing actor resembles: the whole name
 * (brackets and short family names included) as alias (so the parser links every
 * mention), a bare surname as a second alias of the full name, the kind compromise suggests, and
 * an `identification` marked TODO. Ids already taken (`existing`) are skipped.
 *
 * @example
 *   actorStubs([{ text: 'Helena Voss', kind: 'person', … }, { text: 'Voss', shortFor: 'Helena Voss', … }], new Set())
 *   // [{ id: 'helena-voss', aliases: ['Helena Voss', 'Voss'], kind: 'person', … }]
 */
export function actorStubs(
  findings: readonly ActorFinding[],
  existing: ReadonlySet<string>,
): ActorStub[] {
  const stubs = new Map<string, ActorStub>();
  const byName = new Map<string, ActorStub>();
  // A name resembling an existing actor is an alias to propose there, never a new actor.
  for (const finding of findings.filter((f) => f.shortFor === undefined && !f.resembles)) {
    const kind = KIND[finding.kind];
    const id = slug(finding.text);
    if (!kind || !isValidId(id) || existing.has(id) || stubs.has(id)) continue;
    const stub = { id, name: finding.text, kind, aliases: [finding.text], markdown: '' };
    stubs.set(id, stub);
    byName.set(finding.text, stub);
  }
  for (const finding of findings) {
    if (finding.shortFor !== undefined) byName.get(finding.shortFor)?.aliases.push(finding.text);
  }
  for (const stub of stubs.values()) {
    const frontmatter = stringify(
      {
        name: stub.name,
        kind: stub.kind,
        aliases: stub.aliases,
        identification: {
          confidence: 'unknown',
          note:
            `TODO: found by npm run analyze as a ${stub.kind}; check who this is, complete name, kind and ` +
            'role, or delete this file.',
        },
      },
      { lineWidth: 0 },
    );
    stub.markdown = `---\n${frontmatter}---\nTODO: describe ${stub.name} in a sentence.\n`;
  }
  return [...stubs.values()];
}
