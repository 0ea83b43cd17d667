import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseType } from '@tiep-dan/contracts';
import type { PetitionContext } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import { stateLabel } from '../cases/machine-descriptions';
import { casesOfPetitions } from '../cases/case-read-model';
import { answeredSql } from '../citizens/answered';
import { onlinePetitionsSql } from '../citizens/citizens-read-model';
import { OnlineIntakeService } from '../citizens/online-intake.service';
import { activeCommuneByCode } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { RateLimiter } from '../platform/throttle/rate-limiter';
import type { Open311CreateRequestDto, Open311RequestsQueryDto } from './dto/open311.dto';
import { Open311ClientsService } from './open311-clients.service';
import type { Open311Format, Open311Record } from './open311-format';
import { w3 } from './open311-format';
import { open311Service, OPEN311_SERVICES } from './open311-services';
import { Open311Errors } from './open311.errors';

/** GET requests covers at most 90 days and returns at most 1000 requests (GeoReport v2, "Response Volume"). */
const MAX_SPAN_MS = 90 * 24 * 3600_000;
const MAX_REQUESTS = 1000;
const HOUR_MS = 3600_000;

interface Commune {
  id: string;
  code: string;
  province_id: string;
  remote_area: boolean;
}

interface RequestRow {
  code: string;
  type: CaseType;
  machine_version: number;
  state: string;
  answered: boolean;
  context: Partial<PetitionContext> | null;
  received_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  due_at: Date | null;
  agency_name: string | null;
  service_code: string | null;
  description: string;
  address: string | null;
  address_id: string | null;
  latitude: number | null;
  longitude: number | null;
  media_url: string | null;
}

/**
 * Open311 GeoReport v2 over the cases: every commune is a jurisdiction (its code), its services are everyday
 * reflections and proposals (OPEN311_SERVICES), a request filed by a client app (with its api_key) is an online
 * petition like the public form's, and a request is `closed` once the citizen has the answer (or the case is closed).
 * Only requests filed through Open311 are listed: what citizens said at the desk or in a letter is not published.
 */
@Injectable()
export class Open311Service {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly clients: Open311ClientsService,
    private readonly intake: OnlineIntakeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The service discovery document. JSON lists endpoints and formats as arrays; XML nests them as
   * `<endpoints><endpoint>…<formats><format>…`, as the Service Discovery page shows.
   */
  discovery(format: Open311Format): Open311Record {
    const endpoint = {
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${this.config.citizens.publicUrl}/open311/v2`,
      changeset: '2026-12-01T00:00:00+07:00',
      type: 'production',
    };
    const formats = ['text/xml', 'application/json'];
    return {
      changeset: '2026-12-01T00:00:00+07:00',
      contact: 'Bộ phận tiếp công dân của xã, phường / the commune’s citizen reception office',
      key_service: 'Quản trị viên cấp api_key trong màn hình Quản trị / administrators issue api keys in the admin screens',
      endpoints: format === 'json' ? [{ ...endpoint, formats }] : { endpoint: { ...endpoint, formats: { format: formats } } },
    };
  }

  async services(jurisdiction: string | undefined): Promise<Open311Record[]> {
    await this.jurisdiction(jurisdiction);
    return OPEN311_SERVICES.map((s) => ({
      service_code: s.code,
      service_name: s.name.vi,
      description: `${s.description} (${s.name.en})`,
      metadata: false,
      type: 'realtime',
      keywords: s.keywords,
      group: s.group.vi,
    }));
  }

  /** Our services have no extra fields: the definition lists none. */
  async serviceDefinition(jurisdiction: string | undefined, code: string): Promise<Open311Record> {
    await this.jurisdiction(jurisdiction);
    if (!open311Service(code)) throw Open311Errors.serviceNotFound();
    return { service_code: code, attributes: [] };
  }

  async create(body: Open311CreateRequestDto, apiKey: string | undefined): Promise<Open311Record[]> {
    const client = await this.clients.authenticate(body.api_key ?? apiKey);
    if (!client) throw Open311Errors.apiKey();
    const commune = await this.jurisdiction(body.jurisdiction_id);
    if (commune.province_id !== client.provinceId) throw Open311Errors.keyNotForJurisdiction();
    if (!body.service_code) throw Open311Errors.serviceMissing();
    const service = open311Service(body.service_code);
    if (!service) throw Open311Errors.serviceNotFound();
    if ((body.lat === undefined) !== (body.long === undefined))
      throw Open311Errors.invalid('long', 'lat và long phải gửi cùng nhau', 'lat and long must both be sent');
    if (body.lat === undefined && !body.address_string && !body.address_id)
      throw Open311Errors.invalid(
        'lat',
        'Cần vị trí: lat và long, address_string hoặc address_id',
        'A location is required: lat & long, address_string or address_id',
      );
    const wait = await this.limiter.hit(
      `open311:${client.id}`,
      this.config.citizens.open311RequestsPerKeyPerHour,
      HOUR_MS,
      this.clock.now(),
    );
    if (wait > 0) throw Open311Errors.throttled(wait);

    const fullName = [body.last_name, body.first_name]
      .filter((n) => n?.trim())
      .join(' ')
      .trim();
    const contact = {
      ...(body.email ? { email: body.email } : {}),
      ...(body.phone ? { phone: body.phone } : {}),
    };
    const description = body.description?.trim() ?? '';
    const where = body.address_string?.trim();
    const opened = await this.db.transaction(async (tx) => {
      const petitionCommune = await this.intake.commune(tx, commune.id, 'jurisdiction_id');
      return this.intake.open(tx, {
        source: 'open311',
        sender: { online: true, name: `Ứng dụng Open311: ${client.name}` },
        commune: petitionCommune,
        type: service.type,
        category: service.category,
        summary: `${service.name.vi}${where ? ` – ${where}` : ''}`.slice(0, 300),
        description,
        ...(fullName ? { person: { fullName: fullName.slice(0, 200), ...contact } } : {}),
        contact: {
          ...contact,
          channels: this.intake.channelsFor(undefined, contact),
        },
        place: {
          ...(where ? { address: where } : {}),
          ...(body.address_id ? { addressId: body.address_id } : {}),
          ...(body.lat !== undefined && body.long !== undefined ? { latitude: body.lat, longitude: body.long } : {}),
          ...(body.media_url ? { mediaUrl: body.media_url } : {}),
        },
        serviceCode: service.code,
        open311ClientId: client.id,
      });
    });
    return [
      {
        service_request_id: opened.caseCode,
        service_notice: this.notice(opened.caseCode),
        account_id: null,
      },
    ];
  }

  async requests(query: Open311RequestsQueryDto): Promise<Open311Record[]> {
    const commune = await this.jurisdiction(query.jurisdiction_id);
    const params: unknown[] = [commune.id];
    const where = [`c.commune_id = $1`];
    const ids = list(query.service_request_id);
    if (ids.length) {
      params.push(ids.map((id) => id.toUpperCase()));
      where.push(`c.code = ANY($${params.length}::text[])`);
    } else {
      const codes = list(query.service_code);
      if (codes.length) {
        params.push(codes);
        where.push(`p.service_code = ANY($${params.length}::text[])`);
      }
      const { from, to } = this.range(query.start_date, query.end_date);
      params.push(from, to);
      where.push(`c.received_at >= $${params.length - 1} AND c.received_at <= $${params.length}`);
      const statuses = new Set(list(query.status));
      if (statuses.size === 1) where.push(statuses.has('closed') ? answeredSql('c') : `NOT ${answeredSql('c')}`);
    }
    const rows = await this.rows(where.join(' AND '), params);
    return rows.map((r) => this.record(r));
  }

  async request(jurisdiction: string | undefined, id: string): Promise<Open311Record[]> {
    const commune = await this.jurisdiction(jurisdiction);
    const rows = await this.rows(`c.commune_id = $1 AND c.code = $2`, [commune.id, id.toUpperCase()]);
    if (!rows[0]) throw Open311Errors.requestNotFound();
    return [this.record(rows[0])];
  }

  private async rows(where: string, params: unknown[]): Promise<RequestRow[]> {
    return casesOfPetitions<RequestRow>(this.db, {
      petitionsSql: onlinePetitionsSql('open311'),
      answeredSql: answeredSql('c'),
      where,
      params,
      limit: MAX_REQUESTS,
    });
  }

  /** One request, its fields in the order of the spec's response table. */
  private record(r: RequestRow): Open311Record {
    const service = r.service_code ? open311Service(r.service_code) : undefined;
    const label = stateLabel(r.type, r.machine_version, r.state).vi;
    const answer = r.answered && typeof r.context?.response?.text === 'string' ? r.context.response.text : null;
    return {
      service_request_id: r.code,
      status: r.answered ? 'closed' : 'open',
      status_notes: answer ? `${label}: ${answer}` : label,
      service_name: service?.name.vi ?? null,
      service_code: r.service_code,
      description: r.description || null,
      agency_responsible: r.agency_name,
      service_notice: this.notice(r.code),
      requested_datetime: w3(r.received_at),
      updated_datetime: w3(r.closed_at ?? r.updated_at),
      expected_datetime: r.answered ? null : w3(r.due_at),
      address: r.address,
      address_id: r.address_id,
      zipcode: null,
      lat: r.latitude,
      long: r.longitude,
      media_url: r.media_url,
    };
  }

  private notice(code: string): string {
    return `Tra cứu hồ sơ ${code} tại ${this.config.citizens.publicUrl}/lookup?code=${encodeURIComponent(code)}`;
  }

  /** The dates asked for, or the last 90 days; a span beyond 90 days is refused. */
  private range(start: string | undefined, end: string | undefined): { from: Date; to: Date } {
    const parse = (value: string, field: string) => {
      const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : new Date(NaN);
      if (Number.isNaN(at.getTime()))
        throw Open311Errors.invalid(
          field,
          'Ngày giờ theo định dạng w3, ví dụ 2026-06-01T00:00:00+07:00',
          'A w3 date-time, e.g. 2026-06-01T00:00:00+07:00',
        );
      return at;
    };
    const now = this.clock.now();
    const to = end ? parse(end, 'end_date') : start ? new Date(parse(start, 'start_date').getTime() + MAX_SPAN_MS) : now;
    const from = start ? parse(start, 'start_date') : new Date(to.getTime() - MAX_SPAN_MS);
    if (from.getTime() > to.getTime())
      throw Open311Errors.invalid('end_date', 'end_date trước start_date', 'end_date is before start_date');
    if (to.getTime() - from.getTime() > MAX_SPAN_MS)
      throw Open311Errors.invalid('end_date', 'Khoảng thời gian tối đa 90 ngày', 'The range may not span more than 90 days');
    return { from, to };
  }

  private async jurisdiction(code: string | undefined): Promise<Commune> {
    if (!code) throw Open311Errors.jurisdictionMissing();
    const commune: Commune | null = await activeCommuneByCode(this.db, code);
    if (!commune) throw Open311Errors.jurisdictionNotFound();
    return commune;
  }
}

/** A comma-separated parameter (declared once, or several times). */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
