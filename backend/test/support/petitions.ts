import request from 'supertest';
import type { PetitionChallengeDto } from '@tiep-dan/contracts';
import { solveChallenge } from '../../src/citizens/proof-of-work';
import type { TestApp } from './test-app';

/** The smallest JPEG-looking photo (its first bytes are what the server sniffs). */
export const TINY_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);

export interface PetitionFile {
  bytes: Buffer;
  name: string;
  type: string;
}

let addresses = 0;
/** A client address of its own for each citizen, so the per-address throttle couples no tests. */
export function citizenIp(): string {
  addresses++;
  return `172.16.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
}

/** Gets a challenge and solves it, as the browser does. */
export async function solvedChallenge(t: TestApp, ip: string): Promise<{ challenge: string; solution: string }> {
  const res = await request(t.app.getHttpServer()).post('/api/public/petitions/challenges').set('X-Forwarded-For', ip).expect(201);
  const { challenge } = res.body as PetitionChallengeDto;
  return { challenge, solution: solveChallenge(challenge) };
}

/** Sends the public form as the browser does (multipart), with a solved challenge unless one is given. */
export async function submitPetition(
  t: TestApp,
  fields: Record<string, string | number | string[] | undefined>,
  files: PetitionFile[] = [],
  ip = citizenIp(),
): Promise<request.Response> {
  const proof = 'challenge' in fields ? {} : await solvedChallenge(t, ip);
  let req = request(t.app.getHttpServer()).post('/api/public/petitions').set('X-Forwarded-For', ip);
  for (const [name, value] of Object.entries({ ...proof, ...fields })) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) req = req.field(name, String(one));
  }
  for (const file of files)
    req = req.attach('files', file.bytes, {
      filename: file.name,
      contentType: file.type,
    });
  return req;
}
