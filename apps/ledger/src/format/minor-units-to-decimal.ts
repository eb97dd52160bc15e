/** The exact decimal string of an integer amount of minor units ("-1250", 2 → "-12.50"); no floats involved. */
export function minorUnitsToDecimal(minor: number, decimals: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`An amount must be a whole number of minor units, got ${minor}`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a whole number of at least 0, got ${decimals}`);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
