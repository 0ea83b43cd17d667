import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { loggableError, toProblem } from '../platform/errors/problem.filter';
import { OPEN311_CONTENT_TYPES, renderList } from './open311-format';

/**
 * Errors of the GeoReport routes in the spec's own shape: a list of `{code, description}` (JSON) or
 * `<errors><error>…` (XML, when the URL asked for .xml), with the HTTP status the spec names. The code is the HTTP
 * status, one error per invalid field.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  constructor(@InjectPinoLogger('Open311') private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string }>();
    const response = ctx.getResponse<Response>();
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error({ err: loggableError(exception), requestId: request.id }, 'Unhandled error');
    if (response.headersSent) return;
    const format = request.path.endsWith('.xml') ? 'xml' : 'json';
    const said = `${problem.message.vi} / ${problem.message.en}`;
    const errors = problem.errors?.length
      ? problem.errors.map((e) => ({
          code: problem.status,
          description: `${e.field}: ${e.message.vi} / ${e.message.en}`,
        }))
      : [{ code: problem.status, description: said }];
    if (problem.status === HttpStatus.TOO_MANY_REQUESTS) response.setHeader('Retry-After', String(problem['retryAfterSeconds'] ?? 60));
    response
      .status(problem.status)
      .type(OPEN311_CONTENT_TYPES[format])
      .send(renderList(format, 'errors', 'error', errors));
  }
}
