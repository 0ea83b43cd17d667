import request from 'supertest';
import type { TokenResponse } from '@tiep-dan/contracts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation';
import { TestApp } from './test-app';

let ipCounter = 0;
/** A distinct client address per login, so the per-address login throttle never couples tests. */
export function freshIp(): string {
  ipCounter++;
  return `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

/** Signs in a demo account and returns its tokens. */
export async function login(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<TokenResponse> {
  const res = await request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', freshIp()).send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TokenResponse;
}

export const bearer = (tokens: TokenResponse | string) => ({
  Authorization: `Bearer ${typeof tokens === 'string' ? tokens : tokens.accessToken}`,
});

/**
 * A head for an agency the demo gives none (the ward police, AP-CA): only an assignment by a head lets a handler see a
 * denouncer's identity, so tests of that agency's denunciations create one. Returns its tokens.
 */
export async function createAgencyHead(t: TestApp, agencyId: string, username: string): Promise<TokenResponse> {
  const password = 'TruongDonVi2026';
  const admin = await login(t, 'quantri');
  const res = await request(t.app.getHttpServer())
    .post('/api/users')
    .set(bearer(admin))
    .send({ username, fullName: 'Trưởng đơn vị (kiểm thử)', password, role: 'agency_head', agencyId });
  if (res.status !== 201) throw new Error(`create head failed: ${res.status} ${JSON.stringify(res.body)}`);
  return login(t, username, password);
}
