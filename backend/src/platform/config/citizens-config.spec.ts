import { readCitizensConfig } from './citizens-config';
import { ConfigError } from './config-readers';

describe('readCitizensConfig', () => {
  it('sends nothing outside the app by default, and links to this server', () => {
    expect(readCitizensConfig({}, 3000)).toEqual({
      publicUrl: 'http://localhost:3000',
      smtp: undefined,
      sms: undefined,
      zalo: undefined,
      noticeMaxAttempts: 6,
      noticeRetryBaseMs: 60_000,
      petitionsPerAddressPerHour: 10,
      petitionsPerContactPerDay: 5,
      powBits: 16,
      open311RequestsPerKeyPerHour: 300,
    });
  });

  it('reads the mail server, the providers and the limits', () => {
    const config = readCitizensConfig(
      {
        PUBLIC_URL: 'https://tiepdan.anphu.gov.vn/',
        SMTP_URL: 'smtps://tiepdan:mat-khau@mail.anphu.gov.vn:465',
        SMTP_FROM: 'Tiếp Dân An Phú <tiepdan@anphu.gov.vn>',
        SMS_PROVIDER_URL: 'https://sms.example.vn/send',
        SMS_PROVIDER_TOKEN: 'token-from-the-environment',
        ZALO_PROVIDER_URL: 'http://10.0.0.5:8080/zalo',
        NOTICE_MAX_ATTEMPTS: '3',
        NOTICE_RETRY_SECONDS: '30',
        PETITION_POW_BITS: '0',
      },
      3000,
    );
    expect(config).toMatchObject({
      publicUrl: 'https://tiepdan.anphu.gov.vn',
      smtp: {
        url: 'smtps://tiepdan:mat-khau@mail.anphu.gov.vn:465',
        from: 'Tiếp Dân An Phú <tiepdan@anphu.gov.vn>',
      },
      sms: {
        url: 'https://sms.example.vn/send',
        token: 'token-from-the-environment',
      },
      zalo: { url: 'http://10.0.0.5:8080/zalo', token: undefined },
      noticeMaxAttempts: 3,
      noticeRetryBaseMs: 30_000,
      powBits: 0,
    });
  });

  it.each([
    [{ SMTP_URL: 'mail.anphu.gov.vn' }, 'SMTP_URL: is not a valid URL'],
    [{ SMTP_URL: 'http://mail.anphu.gov.vn' }, 'SMTP_URL: must start with smtp:// or smtps://'],
    [{ SMS_PROVIDER_URL: 'ftp://sms' }, 'SMS_PROVIDER_URL: must start with http:// or https://'],
    [{ ZALO_PROVIDER_TOKEN: 'x' }, 'ZALO_PROVIDER_TOKEN: is set but ZALO_PROVIDER_URL is not'],
    [{ SMTP_FROM: 'Tiếp Dân' }, 'SMTP_FROM: must end with an e-mail address'],
    [{ PETITION_POW_BITS: '30' }, 'PETITION_POW_BITS: must be between 0 and 24, got 30'],
    [{ NOTICE_MAX_ATTEMPTS: '0' }, 'NOTICE_MAX_ATTEMPTS: must be between 1 and 50, got 0'],
  ])('refuses %j naming the setting', (env, message) => {
    expect(() => readCitizensConfig(env, 3000)).toThrow(ConfigError);
    expect(() => readCitizensConfig(env, 3000)).toThrow(message);
  });
});
