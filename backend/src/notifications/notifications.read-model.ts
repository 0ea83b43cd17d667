import type { NotificationDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The notifications context's reads of its own tables (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

interface NotificationRow {
  id: string;
  kind: string;
  case_id: string | null;
  case_code: string | null;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  created_at: Date;
  read_at: Date | null;
}

/** A user's latest 200 notifications (only the unread ones with `unreadOnly`), newest first. */
export async function notificationsOf(db: Queryable, userId: string, unreadOnly: boolean): Promise<NotificationDto[]> {
  const rows: NotificationRow[] = await db.query(
    `SELECT id, kind, case_id, case_code, title, body, created_at, read_at FROM notifications
       WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT 200`,
    [userId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    caseCode: r.case_code,
    title: r.title,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  }));
}
