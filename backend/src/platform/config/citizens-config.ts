import { ConfigError, readInt, readUrl, type Env } from './config-readers';

/** An HTTP provider that delivers SMS or Zalo messages for us (see README, "Notices to citizens"). */
export interface HttpProviderConfig {
  url: string;
  /** Sent as `Authorization: Bearer …`; from the environment only. */
  token: string | undefined;
}

export interface CitizensConfig {
  /** Base of the links in notices (`<publicUrl>/lookup?code=…`). */
  publicUrl: string;
  /** Unset: no e-mail notices. */
  smtp: { url: string; from: string } | undefined;
  sms: HttpProviderConfig | undefined;
  zalo: HttpProviderConfig | undefined;
  /** A notice that failed this many times is a dead letter: no more retries, shown as such on the case page. */
  noticeMaxAttempts: number;
  /** The first retry waits this long; each further one twice as long (at most NOTICE_RETRY_MAX_MS). */
  noticeRetryBaseMs: number;
  /** Petitions the public form takes per client address per hour, and per phone or e-mail per day. */
  petitionsPerAddressPerHour: number;
  petitionsPerContactPerDay: number;
  /** Leading zero bits of the form's proof of work (0: none). 16 costs a phone well under a second. */
  powBits: number;
  /** Requests an Open311 client app may create per hour. */
  open311RequestsPerKeyPerHour: number;
}

function httpProvider(env: Env, prefix: 'SMS' | 'ZALO'): HttpProviderConfig | undefined {
  const url = readUrl(env, `${prefix}_PROVIDER_URL`, ['http:', 'https:']);
  const token = env[`${prefix}_PROVIDER_TOKEN`]?.trim() || undefined;
  if (!url) {
    if (token) throw new ConfigError(`${prefix}_PROVIDER_TOKEN`, `is set but ${prefix}_PROVIDER_URL is not`);
    return undefined;
  }
  return { url: url.toString(), token };
}

export function readCitizensConfig(env: Env, port: number): CitizensConfig {
  const publicUrl = (readUrl(env, 'PUBLIC_URL', ['http:', 'https:'])?.toString() ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const from = env['SMTP_FROM']?.trim() || 'Tiếp Dân <no-reply@localhost>';
  if (!/<?[^<>\s@]+@[^<>\s@]+>?$/.test(from)) throw new ConfigError('SMTP_FROM', `must end with an e-mail address, got "${from}"`);
  return {
    publicUrl,
    smtp: smtpUrl ? { url: smtpUrl.toString(), from } : undefined,
    sms: httpProvider(env, 'SMS'),
    zalo: httpProvider(env, 'ZALO'),
    noticeMaxAttempts: readInt(env, 'NOTICE_MAX_ATTEMPTS', 6, 1, 50),
    noticeRetryBaseMs: readInt(env, 'NOTICE_RETRY_SECONDS', 60, 1, 86_400) * 1000,
    petitionsPerAddressPerHour: readInt(env, 'PETITION_LIMIT_PER_ADDRESS', 10, 1, 100_000),
    petitionsPerContactPerDay: readInt(env, 'PETITION_LIMIT_PER_CONTACT', 5, 1, 100_000),
    powBits: readInt(env, 'PETITION_POW_BITS', 16, 0, 24),
    open311RequestsPerKeyPerHour: readInt(env, 'OPEN311_LIMIT_PER_KEY', 300, 1, 1_000_000),
  };
}
