import { AsyncLocalStorage } from 'node:async_hooks';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { DataSource, QueryFailedError } from 'typeorm';
import { Replica, ReplicaSet } from './replicas';

/** What a read needs: `query(sql, params)`, as a DataSource, an EntityManager and ReadDatabase all offer it. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rows' shape is the caller's, as in DataSource.query
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** Set on a write's response: the browser sends it back, to any instance, while a replica may not have the write yet. */
export const FRESH_READS_COOKIE = 'td_fresh_reads';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface ReadRouting {
  /** This request writes, or its client wrote less than a replica's stale bound ago: read from the primary. */
  primaryOnly: boolean;
  /** Where this request's reads went first: the others follow, so one screen is read from one point in time. */
  pinned?: Replica | 'primary';
}

const routing = new AsyncLocalStorage<ReadRouting>();

function hasFreshReadsCookie(header: string | undefined): boolean {
  return !!header && header.split(';').some((part) => part.trim().startsWith(`${FRESH_READS_COOKIE}=`));
}

const READS_ONLY = 'tiepdan:reads-only';

/**
 * A POST that only reads (its question travels in the body to keep it out of URLs and logs, as the public lookup's):
 * it is not a write for read routing, so it may read from a replica and sets no fresh-reads cookie.
 */
export const ReadsOnly = () => SetMetadata(READS_ONLY, true);

/**
 * Read-your-own-writes across instances: a write's response sets a cookie that lives as long as a replica in use can be
 * behind (ReplicaSet.staleBoundMs, counted by the browser from the response); a request that writes, or carries the
 * cookie, reads from the primary. An interceptor, not a middleware: it sees the route's @ReadsOnly, and runs the handler
 * inside the routing context. Without replicas it does nothing.
 */
@Injectable()
export class ReadRoutingInterceptor implements NestInterceptor {
  constructor(
    private readonly replicas: ReplicaSet,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.replicas.configured || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const readsOnly = this.reflector.getAllAndOverride<boolean | undefined>(READS_ONLY, [context.getHandler(), context.getClass()]);
    const writes = WRITE_METHODS.has(req.method) && !readsOnly;
    if (writes)
      res.cookie(FRESH_READS_COOKIE, '1', {
        maxAge: this.replicas.staleBoundMs,
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
      });
    const store: ReadRouting = {
      primaryOnly: writes || hasFreshReadsCookie(req.headers.cookie),
    };
    return new Observable((subscriber) => routing.run(store, () => next.handle().subscribe(subscriber)));
  }
}

/** SQLSTATE classes of a server or connection that cannot serve now: 08 connection, 53 resources, 57 shut down, 58 system. */
const SERVER_TROUBLE = /^(08|53|57|58)/;
/** "canceling statement due to conflict with recovery": the replica replayed under the query; the primary can answer. */
const RECOVERY_CONFLICT = '40001';

/** A failure of the replica or the connection to it (the primary may answer), not of the query (it would fail there too). */
function replicaTrouble(error: unknown): 'down' | 'retry' | false {
  const code = (error as { code?: unknown }).code;
  if (code === RECOVERY_CONFLICT) return 'retry';
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return SERVER_TROUBLE.test(code) ? 'down' : false;
  // No SQLSTATE: the network (ECONNREFUSED, ECONNRESET), a closed connection or a connect timeout.
  return 'down';
}

/**
 * Reads that may be served by a streaming replica: the overview, the periodic reports, the registers, the lists and the
 * public lookup. Only plain SELECTs outside any transaction come here: a write, a transaction and every read a write
 * depends on use the DataSource (the primary). A read goes to a replica that is up (round robin), unless the request
 * writes or its client wrote within the stale bound; a replica that fails is marked down and the read is answered by the
 * primary. Without DATABASE_REPLICA_URLS every read is the primary's `dataSource.query`, as before.
 */
@Injectable()
export class ReadDatabase implements Queryable {
  private readonly served = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly replicas: ReplicaSet,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as DataSource.query
  async query<T = any>(sql: string, parameters: unknown[] = []): Promise<T> {
    const context = routing.getStore();
    const replica = this.target(context);
    if (replica) {
      try {
        const rows = await this.onReplica<T>(replica, sql, parameters);
        this.count(replica.name);
        return rows;
      } catch (error) {
        const trouble = replicaTrouble(error);
        if (!trouble) throw new QueryFailedError(sql, parameters, error as Error);
        if (trouble === 'down') this.replicas.markDown(replica, error);
        if (context) context.pinned = 'primary';
      }
    }
    const rows = await this.db.query<T>(sql, parameters);
    this.count('primary');
    return rows;
  }

  /** Reads answered so far by `primary` and by each replica (`replica 1`…): for tests and diagnostics. */
  readsServed(): Record<string, number> {
    return Object.fromEntries(this.served);
  }

  private target(context: ReadRouting | undefined): Replica | undefined {
    if (!this.replicas.configured || context?.primaryOnly) return undefined;
    const pinned = context?.pinned;
    if (pinned === 'primary') return undefined;
    if (pinned?.status === 'up') return pinned;
    const replica = this.replicas.pick();
    if (context) context.pinned = replica ?? 'primary';
    return replica;
  }

  private async onReplica<T>(replica: Replica, sql: string, parameters: unknown[]): Promise<T> {
    const client = await replica.pool.connect();
    try {
      const result = await client.query(sql, parameters);
      client.release();
      return result.rows as T;
    } catch (error) {
      // A connection that failed is thrown away, not handed to the next read.
      client.release(replicaTrouble(error) === 'down' ? (error as Error) : undefined);
      throw error;
    }
  }

  private count(target: string): void {
    this.served.set(target, (this.served.get(target) ?? 0) + 1);
  }
}
