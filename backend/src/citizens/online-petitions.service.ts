import { createHash, createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CaseCategory,
  NoticeChannel,
  OnlinePetitionResponse,
  OnlinePetitionType,
  PetitionChallengeDto,
  PublicPetitionOptionsDto,
} from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { UploadedFile } from '../cases/attachment-upload';
import { AttachmentsService } from '../cases/attachments.service';
import type { OnlineSender } from '../cases/intake.service';
import {
  LettersService,
  type OnlineLetterSender,
} from '../letters/letters.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { RateLimiter } from '../platform/throttle/rate-limiter';
import { CitizenNoticesService } from './citizen-notices.service';
import { CitizenErrors } from './citizens.errors';
import type { OnlinePetitionDto } from './dto/online-petition.dto';
import {
  CHALLENGE_TTL_MS,
  checkSolution,
  issueChallenge,
} from './proof-of-work';
import { checkPetitionFiles } from './public-files';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** How the case history names who logged a petition that came in through the form. */
const FORM_SENDER: OnlineSender = {
  online: true,
  name: 'Công dân gửi qua cổng trực tuyến',
};

/** The commune a petition online is filed in (any active one). */
export interface OnlineCommune {
  id: string;
  province_id: string;
  remote_area: boolean;
}

/** A petition that came in online, whatever the door (the form, an Open311 client app), as the intake needs it. */
export interface OnlineIntake {
  source: 'form' | 'open311';
  sender: OnlineSender;
  commune: OnlineCommune;
  neighbourhoodId?: string;
  type: OnlinePetitionType;
  category: CaseCategory;
  summary: string;
  /** What the citizen wrote, kept as sent. */
  description: string;
  /** The named sender, if any (required for a complaint or a denunciation; a denouncer's goes to the vault). */
  person?: OnlineLetterSender;
  contact: { email?: string; phone?: string; channels: NoticeChannel[] };
  place: {
    address?: string;
    addressId?: string;
    latitude?: number;
    longitude?: number;
    mediaUrl?: string;
  };
  serviceCode?: string;
  open311ClientId?: string;
}

export interface OpenedOnline {
  caseId: string;
  caseCode: string;
  letterCode: string;
  lookupPin: string | null;
}

/**
 * The public door: a citizen sends a petition from the form (no account) and it is registered as an online letter, in
 * the same triage as a posted one, with the photos they attached and the contacts for notices. Defended without any
 * third-party service: a honeypot, a proof of work, throttles per address and per contact kept in PostgreSQL, size and
 * type limits on the files.
 */
@Injectable()
export class OnlinePetitionsService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly letters: LettersService,
    private readonly attachments: AttachmentsService,
    private readonly notices: CitizenNoticesService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createHash('sha256')
      .update(`citizens:${config.secrets.authSecret}`)
      .digest();
  }

  /** What the form offers: the communes and their neighbourhoods, the channels that can reach the citizen. */
  async options(): Promise<PublicPetitionOptionsDto> {
    const communes: { id: string; code: string; name: string }[] =
      await this.db.query(
        `SELECT id, code, name FROM agencies WHERE kind = 'commune' AND active ORDER BY name`,
      );
    const neighbourhoods: { id: string; commune_id: string; name: string }[] =
      await this.db.query(
        `SELECT n.id, n.commune_id, n.name FROM neighbourhoods n JOIN agencies a ON a.id = n.commune_id AND a.active WHERE n.active ORDER BY n.name`,
      );
    return {
      communes: communes.map((c) => ({
        ...c,
        neighbourhoods: neighbourhoods
          .filter((n) => n.commune_id === c.id)
          .map((n) => ({ id: n.id, name: n.name })),
      })),
      channels: this.notices.availableChannels(),
      powBits: this.config.citizens.powBits,
    };
  }

  challenge(): PetitionChallengeDto {
    const issued = issueChallenge(
      this.key,
      this.config.citizens.powBits,
      this.clock.now(),
    );
    return {
      challenge: issued.challenge,
      bits: this.config.citizens.powBits,
      expiresAt: issued.expiresAt.toISOString(),
    };
  }

  async submit(
    body: OnlinePetitionDto,
    files: UploadedFile[],
    ip: string | null,
  ): Promise<OnlinePetitionResponse> {
    if (body.website?.trim()) throw CitizenErrors.rejected();
    const named = body.type === 'complaint' || body.type === 'denunciation';
    if (named && !body.fullName?.trim())
      throw CitizenErrors.invalid(
        'fullName',
        'Đơn khiếu nại, tố cáo phải ghi rõ họ tên người gửi',
        'A complaint or a denunciation must give the sender’s name',
      );
    if (named && !body.senderAddress?.trim())
      throw CitizenErrors.invalid(
        'senderAddress',
        'Đơn khiếu nại, tố cáo phải ghi rõ địa chỉ người gửi',
        'A complaint or a denunciation must give the sender’s address',
      );
    if (!body.phone && !body.email)
      throw CitizenErrors.invalid(
        'phone',
        'Cần số điện thoại hoặc thư điện tử để liên hệ',
        'Give a phone number or an e-mail address',
      );
    if ((body.latitude === undefined) !== (body.longitude === undefined))
      throw CitizenErrors.invalid(
        'longitude',
        'Cần cả vĩ độ và kinh độ',
        'Give both latitude and longitude',
      );
    const channels = this.channelsFor(body.notify, body);
    checkPetitionFiles(files);

    const now = this.clock.now();
    const proof = checkSolution(
      this.key,
      body.challenge,
      body.solution,
      this.config.citizens.powBits,
      now,
    );
    if (!proof.ok) throw CitizenErrors.challengeFailed(proof.reason);
    // A solved challenge is spent on its first use (counted until it expires anyway).
    if (
      (await this.limiter.hit(
        `petition:pow:${proof.nonce}`,
        1,
        CHALLENGE_TTL_MS,
        now,
      )) > 0
    )
      throw CitizenErrors.challengeFailed('used');
    const perAddress = await this.limiter.hit(
      `petition:ip:${ip ?? 'unknown'}`,
      this.config.citizens.petitionsPerAddressPerHour,
      HOUR_MS,
      now,
    );
    if (perAddress > 0) throw CitizenErrors.throttled(perAddress, false);
    for (const contact of [
      body.phone?.replace(/\D/g, ''),
      body.email?.trim().toLowerCase(),
    ]) {
      if (!contact) continue;
      const wait = await this.limiter.hit(
        `petition:contact:${this.pseudonym(contact)}`,
        this.config.citizens.petitionsPerContactPerDay,
        DAY_MS,
        now,
      );
      if (wait > 0) throw CitizenErrors.throttled(wait, true);
    }

    const opened = await this.db.transaction(async (tx) => {
      const commune = await this.commune(tx, body.communeId, 'communeId');
      if (body.neighbourhoodId) {
        const n: unknown[] = await tx.query(
          `SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2 AND active`,
          [body.neighbourhoodId, commune.id],
        );
        if (!n.length)
          throw CitizenErrors.invalid(
            'neighbourhoodId',
            'Tổ dân phố/thôn không thuộc xã/phường đã chọn',
            'The neighbourhood is not in the chosen commune',
          );
      }
      const person: OnlineLetterSender | undefined = body.fullName?.trim()
        ? {
            fullName: body.fullName.trim(),
            ...(body.idNumber ? { idNumber: body.idNumber } : {}),
            ...(body.senderAddress?.trim()
              ? { address: body.senderAddress.trim() }
              : {}),
            ...(body.phone ? { phone: body.phone } : {}),
            ...(body.email ? { email: body.email } : {}),
          }
        : undefined;
      const result = await this.openOnline(tx, {
        source: 'form',
        sender: FORM_SENDER,
        commune,
        ...(body.neighbourhoodId
          ? { neighbourhoodId: body.neighbourhoodId }
          : {}),
        type: body.type,
        category: body.category,
        summary: body.summary.trim(),
        description: body.details?.trim() ?? '',
        ...(person ? { person } : {}),
        contact: {
          ...(body.email ? { email: body.email } : {}),
          ...(body.phone ? { phone: body.phone } : {}),
          channels,
        },
        place: {
          ...(body.placeAddress?.trim()
            ? { address: body.placeAddress.trim() }
            : {}),
          ...(body.latitude !== undefined && body.longitude !== undefined
            ? { latitude: body.latitude, longitude: body.longitude }
            : {}),
        },
      });
      // Last, so a failure before leaves no file behind.
      for (const file of files)
        await this.attachments.storeIn(tx, result.caseId, file, null);
      return result;
    });
    return {
      caseCode: opened.caseCode,
      letterCode: opened.letterCode,
      lookupPath:
        body.type === 'denunciation'
          ? null
          : `/lookup?code=${encodeURIComponent(opened.caseCode)}`,
      lookupPin: opened.lookupPin,
      notify: channels,
    };
  }

  /**
   * Opens a petition that came in online, in the caller's transaction: the letter and its case (through the one intake
   * path), where to reach the citizen, how it came in and where, and the receipt notice.
   */
  async openOnline(tx: EntityManager, p: OnlineIntake): Promise<OpenedOnline> {
    const sealed = p.type === 'denunciation';
    // Without a phone, 4 random digits stand in for its last 4 at the lookup (never for a denunciation: not looked up).
    const lookupPin =
      sealed || p.contact.phone
        ? null
        : String(randomInt(0, 10_000)).padStart(4, '0');
    const lookupPhone = sealed
      ? undefined
      : (p.contact.phone ?? lookupPin ?? undefined);
    const place = [
      p.place.address ? `Địa điểm: ${p.place.address}` : '',
      p.place.latitude !== undefined && p.place.longitude !== undefined
        ? `Tọa độ: ${p.place.latitude}, ${p.place.longitude}`
        : '',
      p.place.addressId ? `Mã địa chỉ: ${p.place.addressId}` : '',
      p.place.mediaUrl
        ? `Ảnh (liên kết do ứng dụng gửi, chưa kiểm tra): ${p.place.mediaUrl}`
        : '',
      `Gửi qua: ${p.sender.name}`,
    ].filter(Boolean);
    const content = [p.description, place.join('\n')]
      .filter(Boolean)
      .join('\n\n');
    const { letterCode, caseIds } = await this.letters.registerOnline(
      tx,
      p.sender,
      p.commune,
      {
        ...(p.neighbourhoodId ? { neighbourhoodId: p.neighbourhoodId } : {}),
        senders: p.person ? [p.person] : [],
        signatoryCount: 1,
        summary: p.summary,
        matters: [
          { type: p.type, category: p.category, summary: p.summary, content },
        ],
      },
      lookupPhone ? { lookupPhone } : {},
    );
    const caseId = caseIds[0];
    const [{ code, due_at }]: { code: string; due_at: Date | null }[] =
      await tx.query(`SELECT code, due_at FROM cases WHERE id = $1`, [caseId]);
    await this.notices.saveContact(tx, caseId, {
      email: p.contact.email ?? null,
      phone: p.contact.phone ?? null,
      channels: p.contact.channels,
      sealed,
    });
    await tx.query(
      `INSERT INTO online_petitions (case_id, letter_id, source, open311_client_id, service_code, description, address, address_id, latitude,
         longitude, media_url, created_at)
       SELECT $1, letter_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM cases WHERE id = $1`,
      [
        caseId,
        p.source,
        p.open311ClientId ?? null,
        p.serviceCode ?? null,
        p.description,
        p.place.address ?? null,
        p.place.addressId ?? null,
        p.place.latitude ?? null,
        p.place.longitude ?? null,
        p.place.mediaUrl ?? null,
        this.clock.now(),
      ],
    );
    await this.notifications.enqueueCitizenNotice(tx, {
      caseId,
      code,
      caseType: p.type,
      notice: 'received',
      dueAt: due_at ? new Date(due_at).toISOString() : null,
      ...(lookupPin ? { lookupPin } : {}),
    });
    return { caseId, caseCode: code, letterCode, lookupPin };
  }

  /** An active commune by id; `field` names it in the error (the form's `communeId`, Open311's `jurisdiction_id`). */
  async commune(
    tx: EntityManager,
    id: string,
    field: string,
  ): Promise<OnlineCommune> {
    const rows: OnlineCommune[] = await tx.query(
      `SELECT id, province_id, remote_area FROM agencies WHERE id = $1 AND kind = 'commune' AND active`,
      [id],
    );
    if (!rows[0])
      throw CitizenErrors.invalid(
        field,
        'Không tìm thấy xã/phường',
        'Commune not found',
      );
    return rows[0];
  }

  /**
   * The channels to notify by: those asked for (each needs its address and a configured sender), or by default every
   * configured channel the citizen gave an address for (e-mail, SMS; Zalo only when asked).
   */
  channelsFor(
    asked: NoticeChannel[] | undefined,
    contact: { email?: string; phone?: string },
  ): NoticeChannel[] {
    const available = new Set(this.notices.availableChannels());
    const addressed = (c: NoticeChannel) =>
      c === 'email' ? !!contact.email : !!contact.phone;
    if (asked) {
      for (const channel of asked) {
        if (!available.has(channel))
          throw CitizenErrors.invalid(
            'notify',
            'Hệ thống chưa gửi được thông báo qua kênh này',
            'Notices cannot be sent by this channel here',
          );
        if (!addressed(channel))
          throw CitizenErrors.invalid(
            'notify',
            channel === 'email'
              ? 'Cần thư điện tử để nhận thông báo qua thư'
              : 'Cần số điện thoại để nhận thông báo qua SMS/Zalo',
            channel === 'email'
              ? 'Give an e-mail address to be notified by e-mail'
              : 'Give a phone number to be notified by SMS/Zalo',
          );
      }
      return [...new Set(asked)];
    }
    return (['email', 'sms'] as const).filter(
      (c) => available.has(c) && addressed(c),
    );
  }

  /** A keyed digest of a phone or e-mail, so the throttle table keeps no contact in clear or easily reversed. */
  pseudonym(contact: string): string {
    return createHmac('sha256', this.key).update(contact).digest('base64url');
  }
}
