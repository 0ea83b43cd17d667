import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Who owns which table, and which code names a table of another context in its SQL. A table belongs to the context
 * (the first folder under `backend/src`) whose entity declares it; the migrations (the schema's one history) are not
 * counted. Used by `table-ownership.spec.ts`, which keeps the cross-context accesses from growing.
 */

/** A table named by code outside the context that owns it. */
export interface ForeignTableAccess {
  /** The file, relative to `backend/src`, with forward slashes. */
  file: string;
  table: string;
  owner: string;
}

const SQL_TABLE_REFERENCE =
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING|REFERENCES|ON)\s+(?:ONLY\s+|IF\s+(?:NOT\s+)?EXISTS\s+)?"?([a-z_][a-z0-9_]*)/gi;
const ENTITY_NAME = /@Entity\(\s*\{\s*name:\s*'([a-z_][a-z0-9_]*)'/g;

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(path);
  }
  return out.sort();
}

/** The context of a file: its first folder under the source root. */
export function contextOf(root: string, file: string): string {
  return relative(root, file).split(sep)[0] ?? '';
}

/** table → owning context, from the entities' declarations. */
export function tableOwners(root: string, files: readonly string[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(ENTITY_NAME)) owners.set(m[1] as string, contextOf(root, file));
  return owners;
}

/** The text of every string and template literal in a file (a template's holes read as a blank). */
export function literalsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' _ '));
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/**
 * The tables a literal names: after an SQL keyword, or the whole literal being a table's name with an underscore (a
 * table passed as a value, `'team_opinions'`; a one-word literal such as `'outbox'` is as often a job or a topic).
 */
export function tablesNamedIn(literal: string, tables: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  const whole = literal.trim();
  if (whole.includes('_') && tables.has(whole)) named.add(whole);
  for (const m of literal.matchAll(SQL_TABLE_REFERENCE)) {
    const name = (m[1] as string).toLowerCase();
    if (tables.has(name)) named.add(name);
  }
  return named;
}

/** Every (file, table) where code names a table another context owns. */
export function foreignTableAccesses(root: string): ForeignTableAccess[] {
  const files = sourceFiles(root).filter((f) => !relative(root, f).split(sep).includes('migrations'));
  const owners = tableOwners(root, files);
  const tables = new Set(owners.keys());
  const out: ForeignTableAccess[] = [];
  for (const file of files) {
    const context = contextOf(root, file);
    const named = new Set<string>();
    for (const literal of literalsOf(file, readFileSync(file, 'utf8')))
      for (const table of tablesNamedIn(literal, tables)) named.add(table);
    for (const table of [...named].sort()) {
      const owner = owners.get(table) as string;
      if (owner !== context) out.push({ file: relative(root, file).split(sep).join('/'), table, owner });
    }
  }
  return out;
}
