/** 'dd/mm/yyyy' of an ISO date or instant's date part, the way Vietnamese documents write dates. */
export function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
