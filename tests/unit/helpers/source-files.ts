import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import ts from 'typescript';

await init();

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

/**
 * Where a source file's imports lead: other files of the repository as repository-relative paths,
 * packages and virtual modules by their bare specifier (`astro:content`, `unified`). Type-only
 * imports count too: a layer that needs another's types depends on it all the same.
 */
export function importsOf(path: string): string[] {
  const [imports] = parse(scriptOf(path));
  return imports.flatMap(({ specifier }) => {
    if (specifier == null) return []; // a computed dynamic import names no module
    if (!specifier.startsWith('.')) return [specifier];
    const file = specifier.replace(/\?.*$/, ''); // `./embed.css?raw` is the file embed.css
    return [relative(join(SRC, '..'), resolve(join(SRC, '..'), dirname(path), file))];
  });
}
