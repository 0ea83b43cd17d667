import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { ReadDatabase } from './read-database';
import { Replica, type ReplicaSet } from './replicas';

/** A replica whose connections answer with `answer` (rows, or an error to throw). */
function replicaAnswering(answer: () => unknown[]): Replica {
  const client = {
    query: jest.fn(async () => ({ rows: answer() })),
    release: jest.fn(),
  };
  const replica = new Replica('replica 1', { connect: async () => client } as unknown as Pool, false);
  replica.status = 'up';
  return replica;
}

function setUp(replica: Replica | undefined) {
  const primary = { query: jest.fn(async () => [{ from: 'primary' }]) };
  const replicas = {
    configured: replica !== undefined,
    pick: () => (replica?.status === 'up' ? replica : undefined),
    markDown: jest.fn((r: Replica) => {
      r.status = 'down';
    }),
  };
  const reads = new ReadDatabase(primary as unknown as DataSource, replicas as unknown as ReplicaSet);
  return { reads, primary, replicas };
}

const pgError = (code: string) =>
  Object.assign(new Error('refused by the server'), {
    code,
    severity: 'ERROR',
  });

describe('ReadDatabase', () => {
  it('reads from the primary when no replica is configured', async () => {
    const { reads, primary } = setUp(undefined);
    expect(await reads.query('SELECT 1', [])).toEqual([{ from: 'primary' }]);
    expect(primary.query).toHaveBeenCalledWith('SELECT 1', []);
    expect(reads.readsServed()).toEqual({ primary: 1 });
  });

  it('reads from a replica that is up', async () => {
    const { reads, primary } = setUp(replicaAnswering(() => [{ from: 'replica' }]));
    expect(await reads.query('SELECT $1::int', [1])).toEqual([{ from: 'replica' }]);
    expect(primary.query).not.toHaveBeenCalled();
    expect(reads.readsServed()).toEqual({ 'replica 1': 1 });
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })],
    ['an administrator shutdown', pgError('57P01')],
    ['a closed connection', new Error('Connection terminated unexpectedly')],
  ])('marks the replica down after %s and answers from the primary', async (_, error) => {
    const replica = replicaAnswering(() => {
      throw error;
    });
    const { reads, replicas } = setUp(replica);
    expect(await reads.query('SELECT 1')).toEqual([{ from: 'primary' }]);
    expect(replicas.markDown).toHaveBeenCalledWith(replica, error);
    expect(reads.readsServed()).toEqual({ primary: 1 });
  });

  it('answers a query cancelled by recovery from the primary without marking the replica down', async () => {
    const replica = replicaAnswering(() => {
      throw pgError('40001');
    });
    const { reads, replicas } = setUp(replica);
    expect(await reads.query('SELECT 1')).toEqual([{ from: 'primary' }]);
    expect(replicas.markDown).not.toHaveBeenCalled();
    expect(replica.status).toBe('up');
  });

  it('throws the query’s own error as the primary would (a 4xx for bad input), without trying the primary', async () => {
    const replica = replicaAnswering(() => {
      throw pgError('22P02');
    });
    const { reads, primary, replicas } = setUp(replica);
    const failure = await reads.query('SELECT $1::uuid', ['not-a-uuid']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).driverError).toMatchObject({
      code: '22P02',
    });
    expect(primary.query).not.toHaveBeenCalled();
    expect(replicas.markDown).not.toHaveBeenCalled();
  });
});
