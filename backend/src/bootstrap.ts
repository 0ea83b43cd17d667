import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import compression from 'compression';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { Clock } from './platform/clock/clock';
import { AppConfig } from './platform/config/app-config';
import { DatabaseServer, startDatabaseServer } from './platform/database/database-server';
import { runMigrations } from './platform/database/migrate';
import { fileStoreOf } from './platform/storage/file-store';
import { verifyJsonDepth } from './platform/http/json-depth';
import { QuietStartupLogger } from './platform/logging/logging.module';

export const API_PREFIX = 'api';

export interface RunningApp {
  app: INestApplication;
  database: DatabaseServer;
  /** Closes HTTP, the pool, then the embedded database (which flushes to disk). */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  clock?: Clock;
  /** Tests: embedded database in memory instead of the data folder. */
  inMemory?: boolean;
  /** Tests: use an already started database server. */
  database?: DatabaseServer;
  /** Tests: where log lines go (default: stdout). */
  logStream?: DestinationStream;
}

function openApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tiếp Dân API')
      .setDescription('Tiếp công dân, xử lý đơn thư, đối thoại — citizen reception, petitions and dialogues')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

/** A file the Angular build named by its content (`chunk-ABCD1234.js`, `styles-5INURTSO.css`): never changes. */
export const HASHED_FILE = /-[A-Z0-9]{8}\.(?:js|css|woff2?|ttf|svg|png|jpe?g|webp)$/;

/**
 * Serves the built Angular app at `/`, with index.html for its client-side routes. Files named by their content are
 * cached for a year (immutable); everything else, index.html first, is revalidated so a new release shows at once.
 */
function serveFrontend(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      res.setHeader('Cache-Control', HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`) || req.path.startsWith('/open311/'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

/** Builds the whole app: database (embedded or external), migrations, Nest, OpenAPI, security headers, frontend. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<RunningApp> {
  const database = options.database ?? (await startDatabaseServer(config, { inMemory: options.inMemory }));
  try {
    await runMigrations(database, { files: fileStoreOf(config.dataDir) });
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        database,
        clock: options.clock,
        logStream: options.logStream,
      }),
      {
        bufferLogs: true,
      },
    );
    app.useLogger(new QuietStartupLogger(app.get(Logger)));
    // Open311 GeoReport v2 lives at its conventional place, beside the API (open311/open311.controller.ts).
    app.setGlobalPrefix(API_PREFIX, {
      exclude: [{ path: 'open311/*path', method: RequestMethod.ALL }],
    });
    // Registered before Nest's default parser (which then stays off): refuses absurdly nested JSON before parsing it.
    app.useBodyParser('json', {
      verify: verifyJsonDepth,
    } as Parameters<NestExpressApplication['useBodyParser']>[1]);
    // Responses compressed as the client accepts: brotli first, gzip otherwise (the `compression` middleware
    // negotiates; static files and API answers alike, above 1 KB).
    app.use(compression({ threshold: 1024 }));
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: {
            'default-src': ["'self'"],
            'script-src': ["'self'"],
            // Angular and Material set inline style attributes.
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:'],
            'font-src': ["'self'", 'data:'],
            'connect-src': ["'self'"],
            // Commune offices often serve the app over plain HTTP on their LAN: never force https sub-requests.
            'upgrade-insecure-requests': null,
          },
        },
      }),
    );
    // Whose X-Forwarded-For decides the client address (login and lookup throttles): nobody unless configured.
    app.set('trust proxy', config.trustProxy);
    openApi(app);
    const servesFrontend = serveFrontend(app, config.frontendDir);
    await app.init();
    if (!servesFrontend) app.get(Logger).warn(`No built frontend in ${config.frontendDir}: serving the API only`);
    let closed = false;
    return {
      app,
      database,
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        if (!options.database) await database.stop();
      },
    };
  } catch (error) {
    if (!options.database) await database.stop().catch(() => undefined);
    throw error;
  }
}
