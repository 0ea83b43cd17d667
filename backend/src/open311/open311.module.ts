import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CitizensModule } from '../citizens/citizens.module';
import { Open311ClientsController } from './open311-clients.controller';
import { Open311ClientsService } from './open311-clients.service';
import { Open311Controller } from './open311.controller';
import { Open311Service } from './open311.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OPEN311_ENTITIES } from './open311-client.entity';

/** The `open311` bounded context: the GeoReport v2 API for client apps, and their api keys. */
@Module({
  imports: [TypeOrmModule.forFeature(OPEN311_ENTITIES), AccessModule, CitizensModule],
  controllers: [Open311Controller, Open311ClientsController],
  providers: [Open311Service, Open311ClientsService],
})
export class Open311Module {}
