import { HttpParams } from '@angular/common/http';

/** A query object of a contract as URL parameters; empty values are left out so the API applies its defaults. */
export function queryParams(query: object): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    result = result.set(name, String(value));
  }
  return result;
}
