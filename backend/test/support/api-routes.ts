import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { TestApp } from './test-app';

/** One operation of the running app, as its OpenAPI document lists it (so routes added later are covered too). */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form: `/api/cases/{id}/events`. */
  path: string;
  pathParams: string[];
  query: {
    name: string;
    required: boolean;
    enum?: string[];
    type?: string;
    format?: string;
  }[];
  multipart: boolean;
  /** A multipart route's fields: its required ones and the file fields. */
  multipartFields: string[];
  /** A body with every required property filled in (ids are random uuids), built from the request schema. */
  sampleBody: Record<string, unknown>;
}

interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  minLength?: number;
  pattern?: string;
  allOf?: JsonSchema[];
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: {
    enum?: string[];
    type?: string;
    format?: string;
    items?: { enum?: string[] };
  };
}

/** Every operation the app registers, read from its own OpenAPI document. */
export async function apiRoutes(t: TestApp): Promise<ApiRoute[]> {
  const doc = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: OpenApiParameter[];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const resolve = (schema: JsonSchema | undefined): JsonSchema =>
    schema?.$ref
      ? resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''])
      : schema?.allOf?.length === 1
        ? resolve(schema.allOf[0])
        : (schema ?? {});
  const sample = (raw: JsonSchema | undefined, depth = 0, name = ''): unknown => {
    const schema = resolve(raw);
    if (/Id$/.test(name) && schema.type !== 'array') return randomUUID();
    if (schema.enum?.length) return schema.enum[0];
    if (schema.type === 'object' || schema.properties) {
      if (depth > 4) return {};
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key], depth + 1, key)]));
    }
    if (schema.type === 'array') return [sample(schema.items, depth + 1)];
    if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
    if (schema.type === 'boolean') return true;
    if (schema.format === 'uuid') return randomUUID();
    if (schema.format === 'date-time') return '2026-06-15T03:00:00.000Z';
    if (schema.format === 'date') return '2026-06-15';
    return 'Kiểm tra phạm vi';
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method as ApiRoute['method'],
      path,
      pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      query: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({
          name: p.name,
          required: p.required ?? false,
          enum: p.schema?.enum ?? p.schema?.items?.enum,
          type: p.schema?.type,
          format: p.schema?.format,
        })),
      multipart: Object.keys(op.requestBody?.content ?? {}).includes('multipart/form-data'),
      multipartFields: (() => {
        const schema = resolve(op.requestBody?.content?.['multipart/form-data']?.schema);
        return [...new Set([...(schema.required ?? []), ...Object.keys(schema.properties ?? {})])];
      })(),
      sampleBody: (sample(op.requestBody?.content?.['application/json']?.schema) as Record<string, unknown> | undefined) ?? {},
    })),
  );
}

/** A response reduced to what a person could read in it: JSON, text, or the cells and text of an Excel or PDF export. */
export interface ReadableResponse {
  status: number;
  contentType: string;
  text: string;
}

async function readable(status: number, contentType: string, body: Buffer): Promise<ReadableResponse> {
  let text: string;
  if (contentType.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(`#${sheet.name}`);
      sheet.eachRow((row) => cells.push(JSON.stringify(row.values)));
    });
    text = cells.join('\n');
  } else if (contentType.includes('pdf')) {
    // The library's entry point reads a sample file when loaded directly; its implementation module does not.
    const pdf = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;
    text = (await pdf(body)).text;
  } else {
    text = body.toString('utf8');
  }
  return { status, contentType, text };
}

/** A file for a multipart route (sent as the `file` field). */
export interface Upload {
  file: Buffer;
  fileName: string;
  contentType: string;
}

function isUpload(body: unknown): body is Upload {
  return typeof body === 'object' && body !== null && Buffer.isBuffer((body as Upload).file);
}

/** Sends a request and returns its readable body whatever the content type. */
export async function call(
  t: TestApp,
  method: ApiRoute['method'],
  url: string,
  headers: Record<string, string>,
  body?: Record<string, unknown> | Upload,
): Promise<ReadableResponse> {
  let req = request(t.app.getHttpServer())[method](url).set(headers);
  if (isUpload(body))
    req = req.attach('file', body.file, {
      filename: body.fileName,
      contentType: body.contentType,
    });
  else if (body !== undefined && method !== 'get') req = req.send(body);
  const res = await req.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return readable(res.status, String(res.headers['content-type'] ?? ''), res.body as Buffer);
}

/** A problem document without the parts that name the request itself (its path and request id). */
export function problemShape(res: ReadableResponse, ...ids: string[]): string {
  let text = res.text;
  for (const id of ids) text = text.split(id).join('<id>');
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    delete body['instance'];
    delete body['requestId'];
    delete body['traceId'];
    return `${res.status} ${JSON.stringify(body)}`;
  } catch {
    return `${res.status} ${text}`;
  }
}

/** The smallest valid PDF-looking file, for upload routes. */
export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
