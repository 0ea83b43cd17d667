import type { NoticeChannel } from '@tiep-dan/contracts';

/** One message to one citizen, rendered when it is sent. */
export interface NoticeMessage {
  /** An e-mail address or a phone number: used to send, never logged or stored with the delivery. */
  to: string;
  subject: string;
  text: string;
  /** Our notice id: the provider may echo it back, and it makes a retried send recognisable. */
  reference: string;
}

/** A way to reach citizens: e-mail over SMTP, SMS or Zalo through an HTTP provider. */
export interface NoticeSender {
  readonly channel: NoticeChannel;
  /** Resolves when the server or provider accepted the message; throws a DeliveryError otherwise. */
  send(message: NoticeMessage): Promise<{ providerRef: string | null }>;
  close(): Promise<void>;
}

/**
 * A failed send. `reason` is a class of failure safe to store and show ("smtp 550", "http 503", "timeout"), never
 * the provider's text (which may quote the address); `permanent` failures (a rejected recipient, a 4xx from the
 * provider) are not retried.
 */
export class DeliveryError extends Error {
  constructor(
    readonly reason: string,
    readonly permanent: boolean,
  ) {
    super(reason);
    this.name = 'DeliveryError';
  }
}

/** The configured senders by channel (a channel without configuration has none). */
export const NOTICE_SENDERS = Symbol('NOTICE_SENDERS');
export type NoticeSenders = ReadonlyMap<NoticeChannel, NoticeSender>;

/** Node's network error code of a failure, if any (ECONNREFUSED, ETIMEDOUT…). */
export function networkCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return null;
}
