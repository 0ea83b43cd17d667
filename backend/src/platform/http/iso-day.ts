/** A calendar day, YYYY-MM-DD (Vietnamese local date), as request bodies and queries give one. */
export const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
