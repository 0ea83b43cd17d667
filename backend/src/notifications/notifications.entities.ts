import { NotificationEntity } from './notification.entity';
import { OutboxEntity } from './outbox.entity';

/** The tables the notifications context owns (registered by `NotificationsModule`). */
export const NOTIFICATIONS_ENTITIES = [OutboxEntity, NotificationEntity];
