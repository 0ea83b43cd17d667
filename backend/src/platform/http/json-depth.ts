import type { IncomingMessage } from 'node:http';

/**
 * Deepest nesting of objects and arrays a JSON body may have. Our requests nest a few levels; a body nested thousands
 * deep (~60 KB is enough) overflows the stack of the validation that walks it, so it is refused before parsing.
 */
export const MAX_JSON_DEPTH = 32;
/** body-parser error type of a body refused for its depth (the exception filter turns it into a 400). */
export const JSON_TOO_DEEP = 'entity.too.deep';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** True when the raw JSON text nests objects/arrays deeper than `max` (brackets inside strings do not count). */
export function jsonDeeperThan(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** body-parser `verify` hook: refuses a too deeply nested body with a 400 before JSON.parse and validation see it. */
export function verifyJsonDepth(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (jsonDeeperThan(body, MAX_JSON_DEPTH))
    throw Object.assign(new Error('JSON body nested too deeply'), {
      status: 400,
      type: JSON_TOO_DEEP,
      expose: true,
    });
}
