import { XSD } from './rdf-terms.internal.js';

// Lexical checks per datatype. They follow rdf-validate-datatype (the reference engine's checker)
// so both validators agree, with one deliberate difference: dates must exist on the calendar.
const sign = '(\\+|-)?';
const decimalBody = `${sign}(\\d+\\.?\\d*|\\.\\d+)`;
const INTEGER = new RegExp(`^${sign}\\d+$`);
const DECIMAL = new RegExp(`^${sign}${decimalBody}$`);
const FLOAT = new RegExp(`^${sign}${decimalBody}((E|e)(\\+|-)?\\d+)?$`);
const YEAR = '-?(([1-9]\\d{3,})|(0\\d{3}))';
const TZ = '(((\\+|-)\\d{2}:\\d{2})|Z)';
const DATE_TIME = new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(${TZ})?$`);
const DATE = new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})(${TZ})?$`);

function inRange(value: string, min: bigint, max: bigint): boolean {
  if (!INTEGER.test(value)) return false;
  const n = BigInt(value);
  return n >= min && n <= max;
}

const CHECKS = new Map<string, (value: string) => boolean>([
  [XSD + 'string', () => true],
  [XSD + 'integer', (v) => INTEGER.test(v)],
  [XSD + 'nonNegativeInteger', (v) => INTEGER.test(v) && BigInt(v) >= 0n],
  [XSD + 'positiveInteger', (v) => INTEGER.test(v) && BigInt(v) > 0n],
  [XSD + 'int', (v) => inRange(v, -2147483647n, 2147483648n)],
  [XSD + 'long', (v) => inRange(v, -9223372036854775808n, 9223372036854775807n)],
  [XSD + 'boolean', (v) => v === 'true' || v === 'false' || v === '1' || v === '0'],
  [XSD + 'decimal', (v) => DECIMAL.test(v)],
  [XSD + 'float', (v) => v === 'INF' || v === '-INF' || v === 'NaN' || FLOAT.test(v)],
  [XSD + 'double', (v) => v === 'INF' || v === '-INF' || v === 'NaN' || FLOAT.test(v)],
  [XSD + 'dateTime', (v) => isRealDateTime(v, false)],
  [XSD + 'dateTimeStamp', (v) => isRealDateTime(v, true)],
  [XSD + 'date', isRealDate],
  [XSD + 'anyURI', (v) => !/[\ufffe\uffff]/.test(v)],
]);

/** Whether a literal's lexical form is valid for its datatype (unknown datatypes always are). */
export function isValidLexicalForm(value: string, datatype: string): boolean {
  const check = CHECKS.get(datatype);
  return check ? check(value) : true;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(Number(year), m);
}

function validTimezone(tz: string | undefined): boolean {
  if (!tz || tz === 'Z') return true;
  const hours = Number(tz.slice(1, 3));
  const minutes = Number(tz.slice(4, 6));
  return minutes <= 59 && (hours < 14 || (hours === 14 && minutes === 0));
}

/** True for an xsd:dateTime that exists: real month and day, hours 0-23 (or 24:00:00), valid zone. */
export function isRealDateTime(value: string, requireTimezone: boolean): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [, year = '', , , , month = '', day = '', hh = '', mm = '', ss = '', fraction, tz] = m;
  if (requireTimezone && !tz) return false;
  const midnight = hh === '24' && mm === '00' && ss === '00' && !/[1-9]/.test(fraction ?? '');
  const timeOk = midnight || (Number(hh) <= 23 && Number(mm) <= 59 && Number(ss) <= 59);
  return timeOk && validDay(year, month, day) && validTimezone(tz);
}

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, year = '', , , , month = '', day = '', tz] = m;
  return validDay(year, month, day) && validTimezone(tz);
}
