import { forecastTensions, type SentimentItem } from './tension-forecast';

const item = (neighbourhoodId: string | null, category: SentimentItem['category'], extra: Partial<SentimentItem> = {}): SentimentItem => ({
  neighbourhoodId,
  category,
  previous: false,
  ...extra,
});
const name = (id: string | null) => (id ? `Thôn ${id}` : null);

describe('tension forecast', () => {
  it('calls a noted tension likely, whatever the counts', () => {
    const [f] = forecastTensions([item('A', 'land', { level: 'tension' })], [], [], name);
    expect(f).toMatchObject({
      neighbourhoodName: 'Thôn A',
      category: 'land',
      level: 'likely',
      items: 1,
    });
    expect(f.reasons.map((r) => r.en)).toEqual([
      '1 opinions, notes or petitions this period (0 the period before)',
      '1 noted as a tension',
    ]);
  });

  it('watches a rising group and calls it likely from four items up', () => {
    const two = [item('A', 'environment'), item('A', 'environment')];
    expect(forecastTensions(two, [], [], name)[0].level).toBe('watch');
    // Not rising: two now, two before.
    const flat = [...two, item('A', 'environment', { previous: true }), item('A', 'environment', { previous: true })];
    expect(forecastTensions(flat, [], [], name)).toEqual([]);
    const four = [...two, ...two];
    expect(forecastTensions(four, [], [], name)[0]).toMatchObject({
      level: 'likely',
      items: 4,
      previous: 0,
    });
  });

  it('weighs overdue cases and leaves alone a single quiet item', () => {
    expect(forecastTensions([item('B', 'land')], [], [], name)).toEqual([]);
    expect(forecastTensions([item('B', 'land')], [{ neighbourhoodId: 'B', category: 'land', count: 1 }], [], name)[0].level).toBe('watch');
    const three = [item('B', 'land'), item('B', 'land', { previous: true }), item('B', 'land'), item('B', 'land')];
    const forecast = forecastTensions(three, [{ neighbourhoodId: 'B', category: 'land', count: 2 }], [], name);
    expect(forecast[0]).toMatchObject({
      level: 'likely',
      items: 3,
      previous: 1,
    });
    expect(forecast[0].reasons[1].vi).toBe('2 đơn quá hạn chưa giải quyết');
  });

  it('skips what is already a hot spot and sorts likely first, then by size', () => {
    const items = [
      item('A', 'land', { level: 'tension' }),
      item('C', 'other', { level: 'concern' }),
      item('C', 'other'),
      item('C', 'other'),
      item(null, 'social_policy', { level: 'tension' }),
      item(null, 'social_policy'),
    ];
    const forecast = forecastTensions(items, [], [{ neighbourhoodId: 'A', category: 'land' }], name);
    expect(forecast.map((f) => [f.neighbourhoodId, f.category, f.level])).toEqual([
      [null, 'social_policy', 'likely'],
      ['C', 'other', 'watch'],
    ]);
  });
});
