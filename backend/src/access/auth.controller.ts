import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrentUserDto, TokenResponse } from '@tiep-dan/contracts';
import { Public } from '../platform/http/public.decorator';
import { Actor } from './actor';
import { Allow, ClientIp, CurrentActor } from './auth.guard';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: access token (15 min) and a single-use refresh token' })
  @ApiOkResponse({ description: 'Tokens and the current user' })
  login(@Body() body: LoginDto, @ClientIp() ip: string | null): Promise<TokenResponse> {
    return this.auth.login(body, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old one is retired)' })
  refresh(@Body() body: RefreshDto, @ClientIp() ip: string | null): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken, ip);
  }

  @Post('logout')
  @Allow('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session is ended; its tokens are refused from now on' })
  logout(@CurrentActor() actor: Actor, @ClientIp() ip: string | null): Promise<void> {
    return this.auth.logout(actor, ip);
  }

  @Get('me')
  @Allow('account.self')
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor): Promise<CurrentUserDto> {
    return this.auth.currentUser(actor);
  }

  @Post('password')
  @Allow('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the password; every other session of the user ends' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @ClientIp() ip: string | null): Promise<void> {
    return this.auth.changePassword(actor, body, ip);
  }
}
