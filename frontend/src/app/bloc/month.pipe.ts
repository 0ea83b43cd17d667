import { Pipe, PipeTransform } from '@angular/core';

/** `YYYY-MM` as Vietnamese write it: `09/2026`. */
@Pipe({ name: 'month' })
export class MonthPipe implements PipeTransform {
  transform(month: string | null | undefined): string {
    return month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '';
  }
}
