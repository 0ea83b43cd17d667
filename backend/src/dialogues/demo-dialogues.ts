import { vnDateOf } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { agenciesByCode, neighbourhoodsNamed } from '../organisation/organisation-read-model';

/** One held dialogue of An Phú ward with its minutes, so the dialogue screens are not empty in a demo. */
export async function seedDemoDialogues(tx: EntityManager, now: Date): Promise<void> {
  const [commune] = await agenciesByCode(tx, ['AP']);
  if (!commune) return;
  const neighbourhoods = await neighbourhoodsNamed(tx, 'Tổ dân phố 3', commune.id);
  const invited = await agenciesByCode(tx, ['AP-DC', 'AP-CA']);
  const heldOn = vnDateOf(new Date(now.getTime() - 14 * 86_400_000));
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO dialogue_sessions (kind, title, held_on, place, commune_id, province_id, neighbourhood_id, chairs, invited_agency_ids,
       participant_count, representatives, topics, status, minutes_summary, created_at, updated_at)
     VALUES ('dialogue', $1, $2, $3, $4, $5, $6, $7, $8, 72, $9, $10, 'held', $11, $12, $12) RETURNING id`,
    [
      'Đối thoại giữa Chủ tịch UBND phường với Nhân dân Tổ dân phố 3',
      heldOn,
      'Nhà văn hóa Tổ dân phố 3',
      commune.id,
      commune.province_id,
      neighbourhoods[0]?.id ?? null,
      ['Đ/c Trần Văn Minh, Chủ tịch UBND phường'],
      invited.map((a) => a.id),
      ['Ông Nguyễn Văn Tư', 'Bà Lê Thị Mơ'],
      ['Chỉnh trang đô thị', 'An ninh trật tự'],
      'Buổi đối thoại diễn ra cởi mở; 72 hộ dân tham dự, 2 ý kiến được lãnh đạo phường trả lời trực tiếp.',
      now,
    ],
  );
  const opinions = [
    [
      'Ông Nguyễn Văn Tư',
      'Đề nghị nâng cấp mặt đường ngõ 12 thường xuyên ngập khi mưa',
      'Phường đưa vào kế hoạch duy tu năm sau',
      'construction',
    ],
    [
      'Bà Lê Thị Mơ',
      'Phản ánh tình trạng đổ trộm phế thải xây dựng ở bãi đất trống',
      'Công an phường phối hợp tổ dân phố kiểm tra, xử lý',
      'environment',
    ],
  ];
  for (const [i, [raisedBy, content, answer, category]] of opinions.entries()) {
    await tx.query(
      `INSERT INTO dialogue_opinions (dialogue_id, seq, raised_by, content, answer, category) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, i + 1, raisedBy, content, answer, category],
    );
  }
}
