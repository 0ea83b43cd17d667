import type { Role } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';

export interface NavItem {
  path: string;
  label: MessageKey;
  about: MessageKey;
  /** Who works on this screen; absent: public (no sign-in). */
  roles?: readonly Role[];
}

/** The screens of the product, in the order users meet them during a week, and who works on each. */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: 'reception',
    label: 'nav.reception',
    about: 'page.reception.about',
    roles: ['reception_officer', 'leader'],
  },
  {
    path: 'letters',
    label: 'nav.letters',
    about: 'page.letters.about',
    roles: ['reception_officer', 'leader', 'agency_head', 'agency_handler'],
  },
  {
    path: 'inbox',
    label: 'nav.inbox',
    about: 'page.inbox.about',
    // Leaders too: the decisions that are theirs to sign wait there (awaiting approval), with their area's cases.
    roles: ['agency_handler', 'agency_head', 'leader'],
  },
  {
    path: 'overview',
    label: 'nav.overview',
    about: 'page.overview.about',
    roles: ['leader', 'inspector'],
  },
  {
    path: 'dialogues',
    label: 'nav.dialogues',
    about: 'page.dialogues.about',
    roles: ['leader', 'agency_head', 'agency_handler', 'reception_officer'],
  },
  {
    path: 'teams',
    label: 'nav.teams',
    about: 'page.teams.about',
    roles: ['mobilization_lead', 'leader'],
  },
  {
    path: 'bloc',
    label: 'nav.bloc',
    about: 'page.bloc.about',
    // The bloc's head (a commune leader), its members (heads of the commune's units) and the inspecting cadres.
    roles: ['leader', 'agency_head', 'inspector'],
  },
  {
    path: 'admin',
    label: 'nav.admin',
    about: 'page.admin.about',
    roles: ['admin'],
  },
  { path: 'lookup', label: 'nav.lookup', about: 'page.lookup.about' },
];
