import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { AppError } from '../platform/errors/app-error';
import type { CaseRow } from './case-engine';
import { CaseErrorCode } from './cases.errors';
import { ensureOwnership } from './ownership';

const USERS = [
  { id: 'hung', full_name: 'Lê Văn Hùng', agency_id: 'land' },
  { id: 'hoa', full_name: 'Phạm Thị Hoa', agency_id: 'land' },
  { id: 'lan', full_name: 'Trần Thị Lan', agency_id: 'justice' },
];
/** Answers the one query ensureOwnership makes: the users whose ids it passes. */
const tx = {
  query: jest.fn(async (_sql: string, [ids]: [string[]]) => USERS.filter((u) => ids.includes(u.id))),
} as unknown as EntityManager;
const actor = (role: Actor['role'], userId: string, agencyId = 'land') => ({ role, userId, agencyId, username: userId }) as Actor;
const caseRow = (assigned: string | null, lead: string | null = 'land') =>
  ({ id: 'c1', lead_agency_id: lead, assigned_handler_id: assigned }) as CaseRow;

describe('ensureOwnership', () => {
  it('lets a handler take an unassigned case of their agency with their first action', async () => {
    const row = caseRow(null);
    await ensureOwnership(tx, actor('agency_handler', 'hung'), row);
    expect(row.claim).toEqual({
      payload: { handlerId: 'hung', handlerName: 'Lê Văn Hùng', previousHandlerId: null, previousHandlerName: null, claimed: true },
      note: 'Tự nhận xử lý khi thao tác lần đầu',
    });
  });

  it('refuses a handler a case another handler of the agency holds, naming the holder', async () => {
    const row = caseRow('hoa');
    const error = await ensureOwnership(tx, actor('agency_handler', 'hung'), row).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: CaseErrorCode.HeldByAnotherHandler,
      status: 403,
      extra: { holder: { id: 'hoa', fullName: 'Phạm Thị Hoa' } },
    });
    expect((error as AppError).localized.vi).toContain('Phạm Thị Hoa');
    expect(row.claim).toBeUndefined();
  });

  it('replaces a holder who is not of the lead agency any more', async () => {
    const row = caseRow('lan');
    await ensureOwnership(tx, actor('agency_handler', 'hung'), row);
    expect(row.claim?.payload).toMatchObject({ handlerId: 'hung', previousHandlerId: 'lan', previousHandlerName: 'Trần Thị Lan' });
  });

  it.each([
    ['the holder', actor('agency_handler', 'hoa'), caseRow('hoa')],
    ['the agency head, on a case held by a handler', actor('agency_head', 'truong'), caseRow('hoa')],
    ['the agency head, on an unassigned case', actor('agency_head', 'truong'), caseRow(null)],
    ['a reception officer', actor('reception_officer', 'tiepdan', 'commune'), caseRow(null)],
    ['a leader', actor('leader', 'lanhdao', 'commune'), caseRow('hoa')],
  ])('%s acts without taking the case', async (_who, who, row) => {
    await ensureOwnership(tx, who, row);
    expect(row.claim).toBeUndefined();
  });
});
