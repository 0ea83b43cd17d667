import type { GoodPracticeStatus, RecognitionLevel } from '@tiep-dan/contracts';

/**
 * "Dân vận khéo" from nomination to commendation: a model is nominated with its results; the bloc reviews it (endorse
 * or reject); an endorsed model is recognised at the commune level by its leaders, or at the province level by the
 * province's; a commune-recognised model may go on to the province. Recognised models are followed up where they are
 * replicated, and make the year's register.
 */
export type GoodPracticeAction =
  | { kind: 'review'; outcome: 'endorse' | 'reject' }
  | { kind: 'recognise'; level: RecognitionLevel }
  | { kind: 'follow_up' };

export interface GoodPracticeState {
  status: GoodPracticeStatus;
  level: RecognitionLevel | null;
}

/** The state after the action, or null when the action does not apply to a model in this state. */
export function nextGoodPracticeState(state: GoodPracticeState, action: GoodPracticeAction): GoodPracticeState | null {
  switch (action.kind) {
    case 'review':
      return state.status === 'nominated'
        ? {
            status: action.outcome === 'endorse' ? 'endorsed' : 'rejected',
            level: null,
          }
        : null;
    case 'recognise':
      if (state.status === 'endorsed') return { status: 'recognised', level: action.level };
      return state.status === 'recognised' && state.level === 'commune' && action.level === 'province'
        ? { status: 'recognised', level: 'province' }
        : null;
    case 'follow_up':
      return state.status === 'recognised' ? state : null;
  }
}
