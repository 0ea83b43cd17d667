import type { GoodPracticeStatus, RecognitionLevel } from '@tiep-dan/contracts';
import { nextGoodPracticeState, type GoodPracticeAction } from './good-practice-flow';

const at = (status: GoodPracticeStatus, level: RecognitionLevel | null = null) => ({ status, level });

describe('Dân vận khéo flow', () => {
  it.each<[ReturnType<typeof at>, GoodPracticeAction, ReturnType<typeof at> | null]>([
    [at('nominated'), { kind: 'review', outcome: 'endorse' }, at('endorsed')],
    [at('nominated'), { kind: 'review', outcome: 'reject' }, at('rejected')],
    [at('endorsed'), { kind: 'review', outcome: 'endorse' }, null],
    [at('nominated'), { kind: 'recognise', level: 'commune' }, null],
    [at('endorsed'), { kind: 'recognise', level: 'commune' }, at('recognised', 'commune')],
    [at('endorsed'), { kind: 'recognise', level: 'province' }, at('recognised', 'province')],
    [at('recognised', 'commune'), { kind: 'recognise', level: 'province' }, at('recognised', 'province')],
    [at('recognised', 'province'), { kind: 'recognise', level: 'commune' }, null],
    [at('recognised', 'commune'), { kind: 'recognise', level: 'commune' }, null],
    [at('rejected'), { kind: 'recognise', level: 'commune' }, null],
    [at('recognised', 'commune'), { kind: 'follow_up' }, at('recognised', 'commune')],
    [at('endorsed'), { kind: 'follow_up' }, null],
  ])('%j + %j → %j', (state, action, next) => {
    expect(nextGoodPracticeState(state, action)).toEqual(next);
  });
});
