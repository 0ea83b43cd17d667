import { vnDateOf } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { userIdsByUsername } from '../../access/user-read-model';
import { agenciesByCode, neighbourhoodsNamed } from '../../organisation/organisation-read-model';

const monthsBefore = (day: string, n: number) => {
  const [y, m] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/**
 * An Phú ward's mobilization bloc (seven members led by the ward's leader, with its rules), and a team of Nậm Khoa
 * that has not met for two months, so the bloc screen and the overview's flags are not empty in a demo.
 */
const AN_PHU_BLOC: [name: string, position: string, kind: string, role: string, username?: string][] = [
  ['Trần Văn Minh', 'Phó Bí thư Đảng ủy, Chủ tịch UBND phường', 'party_committee', 'head', 'lanhdao.anphu'],
  ['Nguyễn Thị Hồng', 'Chủ tịch Ủy ban MTTQ Việt Nam phường', 'fatherland_front', 'deputy'],
  ['Lương Văn Phúc', 'Phó Chủ tịch Thường trực HĐND phường', 'peoples_council', 'member'],
  ['Lê Thị Xuân', 'Chủ tịch Hội Liên hiệp Phụ nữ phường', 'womens_union', 'member'],
  ['Đinh Văn Cường', 'Chủ tịch Hội Cựu chiến binh phường', 'veterans_union', 'member'],
  ['Hà Thị Ngọc', 'Bí thư Đoàn phường', 'youth_union', 'member'],
  ['Phạm Thị Hoa', 'Công chức Địa chính – Xây dựng phường', 'civil_servant', 'member', 'truong.diachinh'],
];

const RULES = `Quy chế hoạt động của Khối dân vận phường An Phú
1. Khối dân vận do đồng chí Phó Bí thư Đảng ủy làm Trưởng khối, giúp Đảng ủy lãnh đạo công tác dân vận trên địa bàn.
2. Khối giao ban định kỳ mỗi quý một lần; khi cần thì họp đột xuất.
3. Mỗi thành viên phụ trách một lĩnh vực, một địa bàn; nắm tình hình nhân dân và báo cáo tại giao ban.
4. Thành viên dự sinh hoạt tổ dân vận theo phân công và được đánh giá theo tiêu chí vào sơ kết, tổng kết.`;

/** Called by the demo seeder inside its transaction, once, on an empty database. */
export async function seedDemoBloc(tx: EntityManager, now: Date): Promise<void> {
  const today = vnDateOf(now);
  const [anPhu] = await agenciesByCode(tx, ['AP']);
  if (anPhu) {
    await tx.query(`INSERT INTO bloc_settings (commune_id, rules, rules_adopted_on, updated_at) VALUES ($1, $2, $3, $4)`, [
      anPhu.id,
      RULES,
      '2025-07-15',
      now,
    ]);
    const userIds = await userIdsByUsername(
      tx,
      AN_PHU_BLOC.flatMap(([, , , , username]) => (username ? [username] : [])),
    );
    for (const [fullName, position, kind, role, username] of AN_PHU_BLOC) {
      await tx.query(
        `INSERT INTO bloc_members (commune_id, full_name, position, kind, bloc_role, user_id, term_start, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, '2025-07-01', $7)`,
        [anPhu.id, fullName, position, kind, role, (username ? userIds.get(username) : undefined) ?? null, now],
      );
    }
  }
  const [village] = await neighbourhoodsNamed(tx, 'Thôn Pà Vầy');
  if (!village) return;
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO mobilization_teams (commune_id, neighbourhood_id, name, term_start, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [village.commune_id, village.id, 'Tổ dân vận Thôn Pà Vầy', '2025-07-01', now],
  );
  for (const [fullName, role] of [
    ['Sùng A Chứ', 'team_lead'],
    ['Giàng Thị Dợ', 'womens_union'],
    ['Vàng A Lử', 'ethnic_respected_person'],
  ])
    await tx.query(`INSERT INTO team_members (team_id, full_name, role, term_start) VALUES ($1, $2, $3, '2025-07-01')`, [
      id,
      fullName,
      role,
    ]);
  // The last meeting three months ago: the two months since are missed, and the team is flagged.
  await tx.query(
    `INSERT INTO team_meetings (team_id, held_on, attendance, topics, propaganda_sessions, people_reached, created_at) VALUES ($1, $2, 3, $3, 1, 40, $4)`,
    [id, `${monthsBefore(today, 3)}-08`, ['Vận động không tảo hôn, không kết hôn cận huyết'], now],
  );
}
