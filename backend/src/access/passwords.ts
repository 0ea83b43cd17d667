import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/** At least 10 characters with a letter and a digit: short enough to type at a reception desk, long enough to matter. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). WebAssembly rather than a native addon: the
 * native `argon2` prebuild crashes Node 20 on this machine kind, and a wasm build behaves the same everywhere.
 */
const ARGON2_PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

export function isStrongPassword(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && /\p{L}/u.test(password) && /\d/.test(password);
}

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...ARGON2_PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so both failures take the same time (same parameters as above). */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$dGllcGRhbi1kdW1teS1zYWx0$KbLG328oJGkujmyWkS/zfeIK39RG4ZO8aru0mZsOGug';
