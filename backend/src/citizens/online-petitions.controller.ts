import { Body, Controller, Get, HttpCode, HttpStatus, Post, UploadedFiles } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OnlinePetitionResponse, PetitionChallengeDto, PublicPetitionOptionsDto } from '@tiep-dan/contracts';
import { ClientIp } from '../access/auth.guard';
import type { UploadedFile } from '../cases/attachment-upload';
import { Public } from '../platform/http/public.decorator';
import { OnlinePetitionDto } from './dto/online-petition.dto';
import { OnlinePetitionsService } from './online-petitions.service';
import { AcceptsPetitionFiles } from './public-files';

/** The public petition form (`/gui-don`): no account; a proof of work, a honeypot and throttles stand guard. */
@ApiTags('public')
@Controller('public/petitions')
export class OnlinePetitionsController {
  constructor(private readonly petitions: OnlinePetitionsService) {}

  @Get('options')
  @Public()
  options(): Promise<PublicPetitionOptionsDto> {
    return this.petitions.options();
  }

  /** A fresh proof-of-work challenge, to be solved by the browser and sent with the petition. */
  @Post('challenges')
  @Public()
  challenge(): PetitionChallengeDto {
    return this.petitions.challenge();
  }

  @Post()
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @AcceptsPetitionFiles()
  submit(
    @Body() body: OnlinePetitionDto,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @ClientIp() ip: string | null,
  ): Promise<OnlinePetitionResponse> {
    return this.petitions.submit(body, files ?? [], ip);
  }
}
