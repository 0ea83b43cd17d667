import { SecurityAuditEntity } from '../audit/security-audit.entity';
import { RateLimitEntity } from '../throttle/rate-limit.entity';
import { AppSettingEntity } from './app-setting.entity';

/** The platform's own tables (settings, the security audit log, rate limits), registered by `PlatformModule`. */
export const PLATFORM_ENTITIES = [AppSettingEntity, SecurityAuditEntity, RateLimitEntity];
