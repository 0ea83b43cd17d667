import { VN_TIME_ZONE } from '@tiep-dan/workflows';

/** SQL for the Vietnam civil date (a `date`) of a timestamptz expression: the SQL side of `vnDateOf`. */
export function vnDateSql(timestamptz: string): string {
  return `date(${timestamptz} AT TIME ZONE '${VN_TIME_ZONE}')`;
}
