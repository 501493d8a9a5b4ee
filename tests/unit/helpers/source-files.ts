import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The repository's `src/` folder. */
export const SRC = join(import.meta.dirname, '../../../src');

/** Every `.ts` and `.astro` file under `src/`, as paths relative to the repository, sorted. */
export function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|astro)$/.test(name))
    .map((name) => relative(join(SRC, '..'), join(SRC, name)))
    .sort();
}

/** The TypeScript of a source file: an `.astro` file's frontmatter, or the whole of a `.ts` file. */
export function scriptOf(path: string): string {
  const text = readFileSync(join(SRC, '..', path), 'utf8');
  if (!path.endsWith('.astro')) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
}

/**
 * The names a `.ts` file declares and exports itself (re-exports are the same thing under the
 * same name, so they are left out).
 */
export function exportedNames(path: string): string[] {
  const source = ts.createSourceFile(path, scriptOf(path), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts
      .getModifiers(statement as ts.HasModifiers)
      ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}
