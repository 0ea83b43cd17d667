import { RefreshTokenEntity, SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** The tables the access context owns (registered by `AccessModule`). */
export const ACCESS_ENTITIES = [UserEntity, SessionEntity, RefreshTokenEntity];
