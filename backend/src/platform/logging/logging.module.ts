import { randomUUID } from 'node:crypto';
import {
  DynamicModule,
  type LoggerService,
  RequestMethod,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger, LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[\w.-]{1,100}$/;

/** Keeps a caller's request id when it is safe to log, otherwise makes one; echoes it on the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id =
    typeof given === 'string' && SAFE_REQUEST_ID.test(given)
      ? given
      : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Structured JSON logs (pino), one line per request with its id; secrets and tokens are redacted. */
export function loggingModule(
  config: Pick<AppConfig, 'logLevel'>,
): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      genReqId: requestId,
      // Only what helps to trace a request: never headers (tokens, cookies) or bodies (personal data).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    },
    exclude: [],
    // Named wildcard (path-to-regexp 8): the default `*` makes Nest log a deprecation warning at every start.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}

/** Nest's start-up chatter: one line per module and per route, useful only when debugging wiring. */
const STARTUP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
]);

/**
 * The pino logger with Nest's start-up lines moved down to `debug`, so `info` shows requests and what the app does,
 * not the ~100 route mappings of every start.
 */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context))
      this.pino.debug(message, ...rest);
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
