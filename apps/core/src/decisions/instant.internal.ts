// xsd:dateTime with a mandatory zone: without one, "10:00" would mean a different instant on
// each reader's machine, and Date.parse would also accept free-form text like "May 1".
const DATE_TIME =
  /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** Milliseconds since the epoch for a zoned xsd:dateTime, or undefined if it is not one. */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
