import type { MessageKey } from '../core/i18n/messages';

export interface NavItem {
  path: string;
  label: MessageKey;
  about: MessageKey;
}

/** The screens of the product, in the order users meet them during a week. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: 'reception', label: 'nav.reception', about: 'page.reception.about' },
  { path: 'inbox', label: 'nav.inbox', about: 'page.inbox.about' },
  { path: 'overview', label: 'nav.overview', about: 'page.overview.about' },
  { path: 'dialogues', label: 'nav.dialogues', about: 'page.dialogues.about' },
  { path: 'teams', label: 'nav.teams', about: 'page.teams.about' },
  { path: 'admin', label: 'nav.admin', about: 'page.admin.about' },
  { path: 'lookup', label: 'nav.lookup', about: 'page.lookup.about' },
];
