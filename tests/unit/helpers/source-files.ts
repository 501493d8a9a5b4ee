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

/** The repository's root folder. */
export const ROOT = join(SRC, '..');

/**
 * Every file whose imports count as a use of the code: `.ts`, `.js` and `.astro` files under
 * `src/` and `scripts/`, and the configuration files at the root. Tests are left out.
 */
export function codeFiles(): string[] {
  const under = (folder: string) =>
    readdirSync(join(ROOT, folder), { recursive: true })
      .map(String)
      .filter((name) => /\.(ts|js|astro)$/.test(name))
      .map((name) => join(folder, name));
  const configs = readdirSync(ROOT).filter((name) => /\.config\.(ts|js)$/.test(name));
  return [...under('src'), ...under('scripts'), ...configs].sort();
}

/** The TypeScript a file runs: for an `.astro` file, its frontmatter and its `<script>` blocks. */
function modulesOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('.astro')) return [text];
  const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)];
  return [scriptOf(path), ...scripts.map((match) => match[1] ?? '')];
}

/**
 * The names a file takes from other files of the repository, by the repository-relative path of
 * the file they come from; `*` when it takes the whole module (`import * as`, a bare dynamic
 * import). Static and dynamic imports, re-exports and `import('…').Type` types all count.
 */
export function namedImports(path: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const take = (specifier: string, names: readonly string[]) => {
    if (!specifier.startsWith('.')) return;
    const file = relative(ROOT, resolve(ROOT, dirname(path), specifier.replace(/\?.*$/, '')));
    const set = found.get(file) ?? new Set<string>();
    for (const name of names) set.add(name);
    found.set(file, set);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      take(node.moduleSpecifier.text, [
        ...(clause?.name ? ['default'] : []),
        ...(bindings && ts.isNamespaceImport(bindings) ? ['*'] : []),
        ...(bindings && ts.isNamedImports(bindings)
          ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
          : []),
      ]);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      take(
        node.moduleSpecifier.text,
        clause && ts.isNamedExports(clause)
          ? clause.elements.map((e) => (e.propertyName ?? e.name).text)
          : ['*'],
      );
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      const qualifier = node.qualifier;
      const first = qualifier && (ts.isIdentifier(qualifier) ? qualifier : qualifier.left);
      take(node.argument.literal.text, [first && ts.isIdentifier(first) ? first.text : '*']);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      // `const { a, b } = await import('./x.ts')` takes a and b; any other use, the whole module.
      const parent = ts.isAwaitExpression(node.parent) ? node.parent.parent : node.parent;
      const pattern =
        ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)
          ? parent.name
          : undefined;
      take(
        node.arguments[0].text,
        pattern ? pattern.elements.map((e) => (e.propertyName ?? e.name).getText()) : ['*'],
      );
    }
    ts.forEachChild(node, visit);
  };
  for (const text of modulesOf(path))
    visit(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  return found;
}
