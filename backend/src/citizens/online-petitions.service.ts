import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OnlinePetitionResponse, PetitionChallengeDto, PublicPetitionOptionsDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { UploadedFile } from '../cases/attachment-upload';
import { AttachmentsService } from '../cases/attachments.service';
import type { OnlineSender } from '../cases/intake.service';
import type { OnlineLetterSender } from '../letters/letters.service';
import { activeCommunesWithNeighbourhoods, isActiveNeighbourhoodOf } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { RateLimiter } from '../platform/throttle/rate-limiter';
import { CitizenNoticesService } from './citizen-notices.service';
import { CitizenErrors } from './citizens.errors';
import type { OnlinePetitionDto } from './dto/online-petition.dto';
import { OnlineIntakeService } from './online-intake.service';
import { CHALLENGE_TTL_MS, checkSolution, issueChallenge } from './proof-of-work';
import { checkPetitionFiles } from './public-files';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** How the case history names who logged a petition that came in through the form. */
const FORM_SENDER: OnlineSender = {
  online: true,
  name: 'Công dân gửi qua cổng trực tuyến',
};

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
    private readonly attachments: AttachmentsService,
    private readonly notices: CitizenNoticesService,
    private readonly intake: OnlineIntakeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createHash('sha256').update(`citizens:${config.secrets.authSecret}`).digest();
  }

  /** What the form offers: the communes and their neighbourhoods, the channels that can reach the citizen. */
  async options(): Promise<PublicPetitionOptionsDto> {
    return {
      communes: await activeCommunesWithNeighbourhoods(this.db),
      channels: this.notices.availableChannels(),
      powBits: this.config.citizens.powBits,
    };
  }

  challenge(): PetitionChallengeDto {
    const issued = issueChallenge(this.key, this.config.citizens.powBits, this.clock.now());
    return {
      challenge: issued.challenge,
      bits: this.config.citizens.powBits,
      expiresAt: issued.expiresAt.toISOString(),
    };
  }

  async submit(body: OnlinePetitionDto, files: UploadedFile[], ip: string | null): Promise<OnlinePetitionResponse> {
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
      throw CitizenErrors.invalid('phone', 'Cần số điện thoại hoặc thư điện tử để liên hệ', 'Give a phone number or an e-mail address');
    if ((body.latitude === undefined) !== (body.longitude === undefined))
      throw CitizenErrors.invalid('longitude', 'Cần cả vĩ độ và kinh độ', 'Give both latitude and longitude');
    const channels = this.intake.channelsFor(body.notify, body);
    checkPetitionFiles(files);

    const now = this.clock.now();
    const proof = checkSolution(this.key, body.challenge, body.solution, this.config.citizens.powBits, now);
    if (!proof.ok) throw CitizenErrors.challengeFailed(proof.reason);
    // A solved challenge is spent on its first use (counted until it expires anyway).
    if ((await this.limiter.hit(`petition:pow:${proof.nonce}`, 1, CHALLENGE_TTL_MS, now)) > 0) throw CitizenErrors.challengeFailed('used');
    const perAddress = await this.limiter.hit(
      `petition:ip:${ip ?? 'unknown'}`,
      this.config.citizens.petitionsPerAddressPerHour,
      HOUR_MS,
      now,
    );
    if (perAddress > 0) throw CitizenErrors.throttled(perAddress, false);
    for (const contact of [body.phone?.replace(/\D/g, ''), body.email?.trim().toLowerCase()]) {
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
      const commune = await this.intake.commune(tx, body.communeId, 'communeId');
      if (body.neighbourhoodId) {
        if (!(await isActiveNeighbourhoodOf(tx, body.neighbourhoodId, commune.id)))
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
            ...(body.senderAddress?.trim() ? { address: body.senderAddress.trim() } : {}),
            ...(body.phone ? { phone: body.phone } : {}),
            ...(body.email ? { email: body.email } : {}),
          }
        : undefined;
      const result = await this.intake.open(tx, {
        source: 'form',
        sender: FORM_SENDER,
        commune,
        ...(body.neighbourhoodId ? { neighbourhoodId: body.neighbourhoodId } : {}),
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
          ...(body.placeAddress?.trim() ? { address: body.placeAddress.trim() } : {}),
          ...(body.latitude !== undefined && body.longitude !== undefined ? { latitude: body.latitude, longitude: body.longitude } : {}),
        },
      });
      // Last, so a failure before leaves no file behind.
      for (const file of files) await this.attachments.storeIn(tx, result.caseId, file, null);
      return result;
    });
    return {
      caseCode: opened.caseCode,
      letterCode: opened.letterCode,
      lookupPath: body.type === 'denunciation' ? null : `/lookup?code=${encodeURIComponent(opened.caseCode)}`,
      lookupPin: opened.lookupPin,
      notify: channels,
    };
  }

  /** A keyed digest of a phone or e-mail, so the throttle table keeps no contact in clear or easily reversed. */
  private pseudonym(contact: string): string {
    return createHmac('sha256', this.key).update(contact).digest('base64url');
  }
}
