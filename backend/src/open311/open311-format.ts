import { vnTimestampOf } from '@tiep-dan/workflows';
import { XMLBuilder } from 'fast-xml-parser';

/** The formats GeoReport v2 defines: XML (required) and JSON (its Spark-convention mapping). */
export const OPEN311_FORMATS = ['xml', 'json'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const OPEN311_CONTENT_TYPES: Record<Open311Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

type Scalar = string | number | boolean | null;
/** A record's fields in the order the spec lists them (a list of scalars becomes repeated elements in XML). */
export interface Open311Record {
  [field: string]: Scalar | Scalar[] | Open311Record | Open311Record[];
}

const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/** The format a URL asked for (`.xml`, `.json`); anything else answers in JSON (errors included). */
export function formatOf(value: string | undefined): Open311Format | null {
  return value === 'xml' || value === 'json' ? value : null;
}

const blank = (value: unknown): unknown =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.map(blank)
      : typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, blank(v)]))
        : value;

/**
 * A list of records: in XML a root element holding one element per record (`<service_requests><request>…`), in
 * JSON an array. Null fields are empty elements in XML and `null` in JSON, as the spec's examples show.
 */
export function renderList(format: Open311Format, root: string, item: string, records: Open311Record[]): string {
  if (format === 'json') return JSON.stringify(records);
  return xml({ [root]: records.length ? { [item]: records.map(blank) } : '' });
}

/** One record: in XML under its root element, in JSON the object itself. */
export function renderOne(format: Open311Format, root: string, record: Open311Record): string {
  if (format === 'json') return JSON.stringify(record);
  return xml({ [root]: blank(record) });
}

function xml(document: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(document) as string}`;
}

/**
 * A w3 date-time with the zone (the spec requires one): the instant in Vietnam's time, +07:00, as a citizen there
 * reads it.
 */
export function w3(at: Date | string | null): string | null {
  return at === null ? null : vnTimestampOf(new Date(at));
}
