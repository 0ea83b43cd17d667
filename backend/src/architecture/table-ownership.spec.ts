import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignTableAccesses, literalsOf, tablesNamedIn } from './table-ownership';

const SRC = join(__dirname, '..');

describe('reading SQL for table names', () => {
  const tables = new Set(['cases', 'case_events', 'agencies', 'team_opinions']);

  it.each([
    ['SELECT c.id FROM cases c JOIN agencies a ON a.id = c.lead_agency_id', ['agencies', 'cases']],
    ['INSERT INTO case_events (case_id) VALUES ($1)', ['case_events']],
    ['UPDATE ONLY cases SET version = version + 1', ['cases']],
    ['DELETE FROM case_events WHERE seq > 1', ['case_events']],
    ['ALTER TABLE IF EXISTS case_events DETACH PARTITION x', ['case_events']],
    ['team_opinions', ['team_opinions']],
    ['cases', []],
    ['the cases of the commune', []],
    ['SELECT count(*) FROM users', []],
  ])('%s names %p', (sql, expected) => {
    expect([...tablesNamedIn(sql, tables)].sort()).toEqual(expected);
  });

  it('reads strings and templates, not comments or identifiers', () => {
    const text = [
      '// SELECT * FROM cases',
      "const a = 'SELECT 1 FROM agencies';",
      'const b = `SELECT ${x} FROM case_events WHERE id = ${id}`;',
      'const cases = 1;',
    ].join('\n');
    expect(literalsOf('x.ts', text)).toEqual(['SELECT 1 FROM agencies', 'SELECT  _  FROM case_events WHERE id =  _ ']);
  });
});

describe('one owner per table', () => {
  const known = readFileSync(join(__dirname, 'cross-context-sql.known.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const found = foreignTableAccesses(SRC);
  const actual = found.map((a) => `${a.file}: ${a.table}`);

  it("names no other context's table in SQL, beyond the accesses still being moved behind their owner", () => {
    const added = found
      .filter((a) => !known.includes(`${a.file}: ${a.table}`))
      .map((a) => `${a.file} names ${a.table}, which belongs to ${a.owner}: call ${a.owner}'s service or read model instead`);
    expect(added).toEqual([]);
  });

  it('keeps the list of those accesses true: a line whose access is gone is deleted', () => {
    expect(known.filter((line) => !actual.includes(line))).toEqual([]);
    expect(known).toEqual([...known].sort());
  });
});
