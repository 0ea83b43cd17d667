import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { DATABASE_SERVER, DatabaseServer } from '../database/database-server';
import { ReplicaSet, type ReplicaHealth, type ReplicaStatus } from '../database/replicas';
import { Public } from '../http/public.decorator';

class ReplicaHealthDto implements ReplicaHealth {
  @ApiProperty({
    description: '`replica 1` is the first of DATABASE_REPLICA_URLS',
  })
  name!: string;
  @ApiProperty({
    enum: ['up', 'lagging', 'down'],
    description: 'Only a replica that is up serves reads; the others are skipped',
  })
  status!: ReplicaStatus;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How far its replay is behind the primary, in milliseconds',
  })
  lagMs!: number | null;
  @ApiProperty({ type: String, nullable: true }) checkedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it is down: an error code, or `not a standby`',
  })
  reason!: string | null;
}

class DatabaseHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['embedded', 'external'] }) mode!: 'embedded' | 'external';
  @ApiProperty({ description: 'Round trip of SELECT 1 in milliseconds' })
  latencyMs!: number | null;
  @ApiProperty({
    type: [ReplicaHealthDto],
    description: 'Each read replica (DATABASE_REPLICA_URLS), measured now; empty without replicas',
  })
  replicas!: ReplicaHealthDto[];
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty() version!: string;
  @ApiProperty() time!: string;
  @ApiProperty() uptimeSeconds!: number;
  @ApiProperty({ type: DatabaseHealth }) database!: DatabaseHealth;
}

const READINESS_TIMEOUT_MS = 2000;
const STARTED = Date.now();

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(DATABASE_SERVER) private readonly server: DatabaseServer,
    private readonly replicas: ReplicaSet,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database readiness' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({
    type: HealthResponse,
    description: 'The database does not answer',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const started = performance.now();
    let up = false;
    // A replica's state does not decide readiness: the primary answers every read a replica cannot.
    const replicasChecked = this.replicas.check();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), READINESS_TIMEOUT_MS).unref()),
      ]);
      up = true;
    } catch {
      up = false;
    }
    if (!up) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    await replicasChecked;
    return {
      status: up ? 'ok' : 'error',
      version: process.env['npm_package_version'] ?? '0.1.0',
      time: this.clock.now().toISOString(),
      uptimeSeconds: Math.round((Date.now() - STARTED) / 1000),
      database: {
        status: up ? 'up' : 'down',
        mode: this.server.mode,
        latencyMs: up ? Math.round((performance.now() - started) * 100) / 100 : null,
        replicas: this.replicas.health(),
      },
    };
  }
}
