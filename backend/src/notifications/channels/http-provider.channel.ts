import type { NoticeChannel } from '@tiep-dan/contracts';
import type { HttpProviderConfig } from '../../platform/config/citizens-config';
import { DeliveryError, networkCode, type NoticeMessage, type NoticeSender } from './notice-channel';

const TIMEOUT_MS = 15_000;

/**
 * SMS or Zalo through an HTTP provider (a gateway of the carrier or of Zalo OA, or the commune's own relay): one JSON
 * POST per message, `{"channel","to","text","reference"}`, with `Authorization: Bearer <token>`. A 2xx answer means
 * accepted (its JSON `id`, if any, is kept as the provider's reference); 4xx other than 408 and 429 is permanent; any
 * other failure is retried.
 */
export class HttpProviderChannel implements NoticeSender {
  constructor(
    readonly channel: Exclude<NoticeChannel, 'email'>,
    private readonly provider: HttpProviderConfig,
  ) {}

  async send(message: NoticeMessage): Promise<{ providerRef: string | null }> {
    let response: Response;
    try {
      response = await fetch(this.provider.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          ...(this.provider.token ? { Authorization: `Bearer ${this.provider.token}` } : {}),
        },
        body: JSON.stringify({
          channel: this.channel,
          to: message.to,
          text: message.text,
          reference: message.reference,
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError';
      throw new DeliveryError(timedOut ? `${this.channel} timeout` : `${this.channel} ${networkCode(error) ?? 'network error'}`, false);
    }
    const body = await response.text().catch(() => '');
    if (!response.ok) {
      const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new DeliveryError(`${this.channel} http ${response.status}`, permanent);
    }
    return { providerRef: providerId(body) };
  }

  async close(): Promise<void> {
    // Nothing held open between messages.
  }
}

function providerId(body: string): string | null {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : null;
  } catch {
    return null;
  }
}
