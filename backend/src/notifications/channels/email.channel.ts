import { createTransport, type Transporter } from 'nodemailer';
import { DeliveryError, networkCode, type NoticeMessage, type NoticeSender } from './notice-channel';

const TIMEOUT_MS = 15_000;

/**
 * E-mail over SMTP (nodemailer), to the server in SMTP_URL (`smtp://user:password@host:587`, or `smtps://` for TLS
 * from the start). Plain text only; nodemailer may read no file or URL into a message, and logs nothing.
 */
export class EmailChannel implements NoticeSender {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(smtp: { url: string; from: string }) {
    this.transport = createTransport(
      {
        url: smtp.url,
        logger: false,
        debug: false,
        disableFileAccess: true,
        disableUrlAccess: true,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
      },
      { from: smtp.from },
    );
  }

  async send(message: NoticeMessage): Promise<{ providerRef: string | null }> {
    try {
      const info = (await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'X-Tiepdan-Notice': message.reference },
      })) as { messageId?: string; rejected?: unknown[] };
      if (info.rejected?.length) throw new DeliveryError('smtp rejected', true);
      return { providerRef: info.messageId ?? null };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** SMTP 5xx on the envelope (an unknown mailbox) will not change on a retry; everything else might. */
function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { code, responseCode } = error as {
    code?: unknown;
    responseCode?: unknown;
  };
  if (typeof responseCode === 'number') return new DeliveryError(`smtp ${responseCode}`, responseCode >= 500 && code === 'EENVELOPE');
  const network = networkCode(error);
  if (network) return new DeliveryError(`smtp ${network}`, false);
  return new DeliveryError(typeof code === 'string' && /^[A-Z_]+$/.test(code) ? `smtp ${code}` : 'smtp error', false);
}
