import { Pipe, PipeTransform } from '@angular/core';

const one = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** `YYYY-MM` as Vietnamese write it, `09/2026`; a list of months joined with commas. */
@Pipe({ name: 'month' })
export class MonthPipe implements PipeTransform {
  transform(month: string | readonly string[] | null | undefined): string {
    if (!month) return '';
    return typeof month === 'string' ? one(month) : month.map(one).join(', ');
  }
}
