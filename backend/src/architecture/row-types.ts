import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { literalsOf, sourceFiles } from './table-ownership';

/**
 * The row types of the typed SQL, checked against what can fill them (issue 20: "typed raw SQL … with its row types
 * generated or checked"). A `…Row` interface declares the columns a statement returns, in snake case. Each such field
 * must be a column of the schema (the entities' columns, which `npm run db:check` holds to the migrations) or a name
 * the SQL of the same file produces (`… AS name`, or a key of a JSON object the statement builds). A field that is
 * neither (a column renamed in a migration and entity but not in the row, a typo) is a row type describing nothing.
 */

/** A row field no column and no SQL of its file can fill. */
export interface UnfilledRowField {
  /** The file, relative to `backend/src`, with forward slashes. */
  file: string;
  row: string;
  field: string;
}

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** The `…Row` interfaces of a file, with their own fields (inherited ones are checked where they are declared). */
export function rowInterfaces(fileName: string, text: string): { name: string; fields: string[] }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: { name: string; fields: string[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('Row')) {
      const fields = node.members
        .filter(ts.isPropertySignature)
        .map((m) => (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : ''))
        .filter(Boolean);
      out.push({ name: node.name.text, fields });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** The names a file's SQL can produce: aliases (`AS name`), JSON keys (`'name', …`) and every word of its SQL text. */
export function namesProducedBySql(literals: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const literal of literals) for (const m of literal.matchAll(/[a-z_][a-z0-9_]*/gi)) names.add(m[0]);
  return names;
}

/** Every snake-case row field in `root` that neither a schema column nor its file's SQL can fill. */
export function unfilledRowFields(
  root: string,
  columns: ReadonlySet<string>,
  sharedNames: ReadonlySet<string> = new Set(),
): UnfilledRowField[] {
  const out: UnfilledRowField[] = [];
  for (const path of sourceFiles(root)) {
    if (path.includes('/migrations/')) continue;
    const text = readFileSync(path, 'utf8');
    const rows = rowInterfaces(path, text);
    if (!rows.length) continue;
    const produced = namesProducedBySql(literalsOf(path, text));
    const file = relative(root, path).split('\\').join('/');
    for (const row of rows)
      for (const field of row.fields)
        if (SNAKE.test(field) && !columns.has(field) && !produced.has(field) && !sharedNames.has(field))
          out.push({ file, row: row.name, field });
  }
  return out;
}
