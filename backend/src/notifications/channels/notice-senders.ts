import type { NoticeChannel } from '@tiep-dan/contracts';
import type { CitizensConfig } from '../../platform/config/citizens-config';
import { EmailChannel } from './email.channel';
import { HttpProviderChannel } from './http-provider.channel';
import type { NoticeSender } from './notice-channel';

/** One sender per configured channel: e-mail with SMTP_URL, SMS and Zalo with their provider URL. */
export function noticeSenders(config: CitizensConfig): Map<NoticeChannel, NoticeSender> {
  const senders = new Map<NoticeChannel, NoticeSender>();
  if (config.smtp) senders.set('email', new EmailChannel(config.smtp));
  if (config.sms) senders.set('sms', new HttpProviderChannel('sms', config.sms));
  if (config.zalo) senders.set('zalo', new HttpProviderChannel('zalo', config.zalo));
  return senders;
}
