import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a challenge may be solved and sent: long enough to write a petition on a phone. */
export const CHALLENGE_TTL_MS = 2 * 3600_000;

/**
 * A stateless proof of work for the public form, with no third-party service: the server signs
 * `<expires>.<nonce>.<bits>`; the browser finds a `solution` such that SHA-256(`<challenge>:<solution>`) starts with
 * `bits` zero bits (about 2^bits hashes), and the server checks the signature, the time and the hash. Each challenge
 * is spent once (the caller records the nonce), so one solution cannot carry a flood.
 */
export interface IssuedChallenge {
  challenge: string;
  nonce: string;
  expiresAt: Date;
}

export type ChallengeCheck = { ok: true; nonce: string; expiresAt: Date } | { ok: false; reason: 'expired' | 'invalid' | 'insufficient' };

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(`pow:${body}`).digest('base64url').slice(0, 32);

export function issueChallenge(key: Buffer, bits: number, now: Date): IssuedChallenge {
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  const nonce = randomBytes(16).toString('base64url');
  const body = `${expiresAt.getTime()}.${nonce}.${bits}`;
  return { challenge: `${body}.${mac(key, body)}`, nonce, expiresAt };
}

/** Zero bits at the start of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function checkSolution(key: Buffer, challenge: string, solution: string, minBits: number, now: Date): ChallengeCheck {
  const parts = challenge.split('.');
  if (parts.length !== 4 || solution.length > 64) return { ok: false, reason: 'invalid' };
  const [expires, nonce, bitsText, signature] = parts;
  const body = `${expires}.${nonce}.${bitsText}`;
  const expected = Buffer.from(mac(key, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const bits = Number(bitsText);
  // A challenge issued before the difficulty was raised is not accepted at the lower one.
  if (!Number.isInteger(bits) || bits < minBits) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(Number(expires));
  if (!(expiresAt.getTime() > now.getTime())) return { ok: false, reason: 'expired' };
  const digest = createHash('sha256').update(`${challenge}:${solution}`).digest();
  if (leadingZeroBits(digest) < bits) return { ok: false, reason: 'insufficient' };
  return { ok: true, nonce, expiresAt };
}

/** Finds a solution (tests and tools; the browser has its own loop). */
export function solveChallenge(challenge: string): string {
  const bits = Number(challenge.split('.')[2]);
  for (let n = 0; ; n++) {
    const solution = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${solution}`).digest()) >= bits) return solution;
  }
}
