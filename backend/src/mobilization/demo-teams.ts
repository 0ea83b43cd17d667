import { vnDateOf } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { neighbourhoodsNamed } from '../organisation/organisation-read-model';

/** Two teams of An Phú ward with members and last month's meeting, so the team page and the ranking are not empty. */
const DEMO_TEAMS = [
  {
    neighbourhood: 'Tổ dân phố 3',
    name: 'Tổ dân vận Tổ dân phố 3',
    members: [
      ['Hoàng Văn Bình', 'team_lead'],
      ['Nguyễn Thị Hạnh', 'party_cell_secretary'],
      ['Trần Quốc Toản', 'neighbourhood_head'],
      ['Lê Thị Thu', 'womens_union'],
      ['Phạm Văn Lực', 'veterans_union'],
      ['Đặng Minh Khoa', 'youth_union'],
      ['Cụ Vũ Văn Thịnh', 'respected_elder'],
    ],
    meeting: {
      attendance: 7,
      propaganda: 2,
      reached: 120,
      topics: ['Vệ sinh môi trường khu dân cư', 'Phòng chống cháy nổ'],
    },
    opinions: ['Đề nghị sửa đèn chiếu sáng ngõ 12', 'Phản ánh rác thải tập kết sai nơi quy định ở đầu ngõ 8'],
  },
  {
    neighbourhood: 'Khu phố Bến Đá',
    name: 'Tổ dân vận Khu phố Bến Đá',
    members: [
      ['Ngô Văn Sáu', 'team_lead'],
      ['Bùi Thị Lan', 'party_cell_secretary'],
      ['Đỗ Văn Hải', 'fatherland_front'],
      ['Cao Văn Mạnh', 'farmers_union'],
    ],
    meeting: {
      attendance: 4,
      propaganda: 1,
      reached: 45,
      topics: ['Chính sách bồi thường khi mở rộng đường'],
    },
    opinions: ['Kiến nghị công khai phương án bồi thường đường Bến Đá'],
  },
] as const;

/** Called by the demo seeder inside its transaction, once, on an empty database. */
export async function seedDemoTeams(tx: EntityManager, now: Date): Promise<void> {
  const today = vnDateOf(now);
  const [y, m] = today.split('-').map(Number);
  const lastMonth = m === 1 ? `${y - 1}-12-05` : `${y}-${String(m - 1).padStart(2, '0')}-05`;
  for (const team of DEMO_TEAMS) {
    const [n] = await neighbourhoodsNamed(tx, team.neighbourhood);
    if (!n) continue;
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO mobilization_teams (commune_id, neighbourhood_id, name, term_start, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [n.commune_id, n.id, team.name, '2025-07-01', now],
    );
    for (const [fullName, role] of team.members) {
      await tx.query(`INSERT INTO team_members (team_id, full_name, role, term_start) VALUES ($1, $2, $3, $4)`, [
        id,
        fullName,
        role,
        '2025-07-01',
      ]);
    }
    const [{ id: meetingId }]: { id: string }[] = await tx.query(
      `INSERT INTO team_meetings (team_id, held_on, attendance, topics, propaganda_sessions, people_reached, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [id, lastMonth, team.meeting.attendance, [...team.meeting.topics], team.meeting.propaganda, team.meeting.reached, now],
    );
    for (const [i, content] of team.opinions.entries()) {
      await tx.query(`INSERT INTO team_opinions (meeting_id, seq, content, category) VALUES ($1, $2, $3, $4)`, [
        meetingId,
        i + 1,
        content,
        'other',
      ]);
    }
  }
}
