import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LetterDto, LetterPage } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { LetterListQueryDto, RegisterLetterDto } from './dto/letter.dto';
import { LettersService } from './letters.service';

/** Letters (đơn thư): register a letter and split it into its matters' cases; the register of letters. */
@ApiTags('letters')
@ApiBearerAuth()
@Controller('letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Post()
  @Allow('letter.register')
  register(@CurrentActor() actor: Actor, @Body() body: RegisterLetterDto): Promise<LetterDto> {
    return this.letters.register(actor, body);
  }

  @Get()
  @Allow('letter.read')
  list(@CurrentActor() actor: Actor, @Query() query: LetterListQueryDto): Promise<LetterPage> {
    return this.letters.list(actor, query);
  }

  @Get(':id')
  @Allow('letter.read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<LetterDto> {
    return this.letters.get(actor, id);
  }
}
