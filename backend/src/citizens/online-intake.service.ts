import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CaseCategory, NoticeChannel, OnlinePetitionType } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { caseReceipt } from '../cases/case-read-model';
import type { OnlineSender } from '../cases/intake.service';
import { LettersService, type OnlineLetterSender } from '../letters/letters.service';
import { NotificationsService } from '../notifications/notifications.service';
import { activeCommune } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { CitizenNoticesService } from './citizen-notices.service';
import { CitizenErrors } from './citizens.errors';
import { insertOnlinePetition } from './citizens.repository';

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
 * What every online door shares (the public form, an Open311 client app): the petition is registered as an online
 * letter through the one intake path, with where to reach the citizen, how it came in and where, and its receipt notice.
 */
@Injectable()
export class OnlineIntakeService {
  constructor(
    private readonly clock: Clock,
    private readonly letters: LettersService,
    private readonly notices: CitizenNoticesService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Opens a petition that came in online, in the caller's transaction: the letter and its case (through the one intake
   * path), where to reach the citizen, how it came in and where, and the receipt notice.
   */
  async open(tx: EntityManager, p: OnlineIntake): Promise<OpenedOnline> {
    const sealed = p.type === 'denunciation';
    // Without a phone, 4 random digits stand in for its last 4 at the lookup (never for a denunciation: not looked up).
    const lookupPin = sealed || p.contact.phone ? null : String(randomInt(0, 10_000)).padStart(4, '0');
    const lookupPhone = sealed ? undefined : (p.contact.phone ?? lookupPin ?? undefined);
    const place = [
      p.place.address ? `Địa điểm: ${p.place.address}` : '',
      p.place.latitude !== undefined && p.place.longitude !== undefined ? `Tọa độ: ${p.place.latitude}, ${p.place.longitude}` : '',
      p.place.addressId ? `Mã địa chỉ: ${p.place.addressId}` : '',
      p.place.mediaUrl ? `Ảnh (liên kết do ứng dụng gửi, chưa kiểm tra): ${p.place.mediaUrl}` : '',
      `Gửi qua: ${p.sender.name}`,
    ].filter(Boolean);
    const content = [p.description, place.join('\n')].filter(Boolean).join('\n\n');
    const { letterCode, caseIds } = await this.letters.registerOnline(
      tx,
      p.sender,
      p.commune,
      {
        ...(p.neighbourhoodId ? { neighbourhoodId: p.neighbourhoodId } : {}),
        senders: p.person ? [p.person] : [],
        signatoryCount: 1,
        summary: p.summary,
        matters: [{ type: p.type, category: p.category, summary: p.summary, content }],
      },
      lookupPhone ? { lookupPhone } : {},
    );
    const caseId = caseIds[0];
    const { code, due_at, letter_id } = (await caseReceipt(tx, caseId)) as NonNullable<Awaited<ReturnType<typeof caseReceipt>>>;
    await this.notices.saveContact(tx, caseId, {
      email: p.contact.email ?? null,
      phone: p.contact.phone ?? null,
      channels: p.contact.channels,
      sealed,
    });
    await insertOnlinePetition(tx, {
      caseId,
      letterId: letter_id,
      source: p.source,
      open311ClientId: p.open311ClientId ?? null,
      serviceCode: p.serviceCode ?? null,
      description: p.description,
      address: p.place.address ?? null,
      addressId: p.place.addressId ?? null,
      latitude: p.place.latitude ?? null,
      longitude: p.place.longitude ?? null,
      mediaUrl: p.place.mediaUrl ?? null,
      createdAt: this.clock.now(),
    });
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
  async commune(tx: EntityManager, id: string, field: string): Promise<OnlineCommune> {
    const commune = await activeCommune(tx, id);
    if (!commune) throw CitizenErrors.invalid(field, 'Không tìm thấy xã/phường', 'Commune not found');
    return commune;
  }

  /**
   * The channels to notify by: those asked for (each needs its address and a configured sender), or by default every
   * configured channel the citizen gave an address for (e-mail, SMS; Zalo only when asked).
   */
  channelsFor(asked: NoticeChannel[] | undefined, contact: { email?: string; phone?: string }): NoticeChannel[] {
    const available = new Set(this.notices.availableChannels());
    const addressed = (c: NoticeChannel) => (c === 'email' ? !!contact.email : !!contact.phone);
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
            channel === 'email' ? 'Cần thư điện tử để nhận thông báo qua thư' : 'Cần số điện thoại để nhận thông báo qua SMS/Zalo',
            channel === 'email' ? 'Give an e-mail address to be notified by e-mail' : 'Give a phone number to be notified by SMS/Zalo',
          );
      }
      return [...new Set(asked)];
    }
    return (['email', 'sms'] as const).filter((c) => available.has(c) && addressed(c));
  }
}
