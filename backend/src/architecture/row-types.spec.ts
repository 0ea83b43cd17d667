import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { APP_ENTITIES } from '../app.entities';
import { namesProducedBySql, rowInterfaces, unfilledRowFields } from './row-types';
import { literalsOf, sourceFiles } from './table-ownership';

const root = join(__dirname, '..');

/** The schema's column names, from the entities (held to the migrations by `npm run db:check` and platform.int-spec). */
function schemaColumns(): Set<string> {
  const entities = new Set<unknown>(APP_ENTITIES);
  const storage = getMetadataArgsStorage();
  const names = new Set<string>();
  for (const c of storage.columns) if (entities.has(c.target)) names.add(c.options.name ?? c.propertyName);
  for (const j of storage.joinColumns) if (entities.has(j.target) && j.name) names.add(j.name);
  return names;
}

/** Names produced by SQL anywhere in the backend: a row type may describe a statement built in another file. */
function everySqlName(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(root)) {
    if (file.includes('/migrations/')) continue;
    for (const n of namesProducedBySql(literalsOf(file, readFileSync(file, 'utf8')))) names.add(n);
  }
  return names;
}

describe('row types of the typed SQL', () => {
  it('finds the schema columns and the row interfaces it checks', () => {
    const columns = schemaColumns();
    for (const c of ['due_at', 'lead_agency_id', 'commune_id', 'full_name', 'session_date']) expect(columns.has(c)).toBe(true);
    expect(rowInterfaces('x.ts', 'interface CaseRow { due_at: Date; leadName: string }')).toEqual([
      { name: 'CaseRow', fields: ['due_at', 'leadName'] },
    ]);
  });

  it('fails on a field no column and no SQL can fill', () => {
    const produced = namesProducedBySql(['SELECT c.id, a.name AS agency_name FROM cases c']);
    expect(produced.has('agency_name')).toBe(true);
    expect(produced.has('agency_nmae')).toBe(false);
  });

  it('every snake-case field of a …Row interface is a schema column or a name the backend’s SQL produces', () => {
    const unfilled = unfilledRowFields(root, schemaColumns(), everySqlName());
    expect(unfilled.map((u) => `${u.file}: ${u.row}.${u.field}`)).toEqual([]);
  });
});
