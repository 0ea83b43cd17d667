import { hotSpotTitle } from './hot-spots.service';

describe('hot-spot titles', () => {
  const place = {
    commune_name: 'Phường An Phú',
    neighbourhood_name: 'Tổ dân phố 3',
  };

  it('names the cluster by count, category and place in both languages', () => {
    expect(
      hotSpotTitle({
        kind: 'cluster',
        case_count: 6,
        category: 'site_clearance',
        ...place,
      }),
    ).toEqual({
      vi: 'Điểm nóng: 6 đơn về giải phóng mặt bằng tại Tổ dân phố 3, Phường An Phú',
      en: 'Hot spot: 6 cases about site clearance in Tổ dân phố 3, Phường An Phú',
    });
  });

  it('names group visits and repeated complaints by place, the commune alone when no neighbourhood is known', () => {
    expect(
      hotSpotTitle({
        kind: 'group_visit',
        case_count: 1,
        category: 'land',
        commune_name: 'Xã Nậm Khoa',
        neighbourhood_name: null,
      }).vi,
    ).toBe('Điểm nóng: đoàn đông người tại Xã Nậm Khoa');
    expect(
      hotSpotTitle({
        kind: 'repeat_complaint',
        case_count: 2,
        category: 'land',
        ...place,
      }).en,
    ).toBe('Hot spot: repeated complaint after a decision in Tổ dân phố 3, Phường An Phú');
  });
});
