import { randomUUID } from 'node:crypto';
import { DynamicModule, type LoggerService, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[\w.-]{1,100}$/;

/** Keeps a caller's request id when it is safe to log, otherwise makes one; echoes it on the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** What a request looks like before Express has matched it to a route (404s, body parser errors). */
const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The route pattern of a request (`/api/cases/:id`), never its URL: paths and query strings carry names, ID numbers
 * and phone numbers (`?q=<name>`, `?idNumber=…`).
 */
export function routePattern(req: { baseUrl?: string; route?: { path?: unknown } }): string {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : UNMATCHED_ROUTE;
}

/**
 * Fields removed from every log line whatever logs them: request parts (headers carry tokens; bodies, queries and
 * params carry personal data), a database error's SQL and parameters, and the personal fields of our contracts.
 */
export const REDACTED_PATHS = [
  'req.headers',
  'req.body',
  'req.query',
  'req.params',
  'req.url',
  'err.query',
  'err.parameters',
  'err.driverError',
  'err.detail',
  'query',
  'parameters',
  '*.password',
  '*.idNumber',
  '*.phone',
  '*.fullName',
  '*.citizenName',
  '*.authorization',
  '*.cookie',
];

function withRoute(req: IncomingMessage, _res: ServerResponse, value: Record<string, unknown>): Record<string, unknown> {
  return {
    ...value,
    route: routePattern(req as IncomingMessage & Parameters<typeof routePattern>[0]),
  };
}

/** Structured JSON logs (pino), one line per request with its id and route pattern; personal data is never logged. */
export function loggingModule(config: Pick<AppConfig, 'logLevel'>, stream?: DestinationStream): DynamicModule {
  const options = {
    level: config.logLevel,
    genReqId: requestId,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Only what helps to trace a request: never headers (tokens, cookies), bodies or URLs (personal data).
    serializers: {
      req: (req: { id: string; method: string }) => ({
        id: req.id,
        method: req.method,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Added when the response is done: only then has Express matched the route (the request serializer runs earlier).
    customSuccessObject: withRoute,
    customErrorObject: (req: IncomingMessage, res: ServerResponse, _err: Error, value: Record<string, unknown>) =>
      withRoute(req, res, value),
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? ('error' as const) : res.statusCode >= 400 ? ('warn' as const) : ('info' as const),
    autoLogging: {
      ignore: (req: IncomingMessage) => req.url === '/api/health',
    },
  };
  return LoggerModule.forRoot({
    pinoHttp: stream ? [options, stream] : options,
    exclude: [],
    // Named wildcard (path-to-regexp 8): the default `*` makes Nest log a deprecation warning at every start.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}

/** Nest's start-up chatter: one line per module and per route, useful only when debugging wiring. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The pino logger with Nest's start-up lines moved down to `debug`, so `info` shows requests and what the app does,
 * not the ~100 route mappings of every start.
 */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) this.pino.debug(message, ...rest);
    else this.pino.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.pino.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.pino.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.pino.debug(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.pino.verbose(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.pino.fatal(message, ...rest);
  }
}
