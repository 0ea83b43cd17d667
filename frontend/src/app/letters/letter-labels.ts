import type { LetterChannel, LetterMatterType } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';

export const CHANNEL_LABELS: Record<LetterChannel, MessageKey> = {
  post: 'letters.channel.post',
  email: 'letters.channel.email',
  online: 'letters.channel.online',
  forwarded: 'letters.channel.forwarded',
};

export const MATTER_TYPE_LABELS: Record<LetterMatterType, MessageKey> = {
  complaint: 'letters.type.complaint',
  denunciation: 'letters.type.denunciation',
  proposal: 'letters.type.proposal',
  reflection: 'letters.type.reflection',
};
