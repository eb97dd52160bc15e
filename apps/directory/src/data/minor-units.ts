/** An integer amount of minor units written in major units: 1250 with 2 decimals is "12.50". */
export function formatMinorUnits(amount: number, decimals: number): string {
  if (decimals <= 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * Reads an amount typed in major units ("-12.5", "20") as integer minor units, without floats;
 * undefined when it is not a number or has more decimals than the currency.
 */
export function parseMinorUnits(text: string, decimals: number): number | undefined {
  const match = /^\s*([-+]?)(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  if (fraction.length > decimals) return undefined;
  const value = Number(`${match[2]}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(value)) return undefined;
  return match[1] === '-' && value !== 0 ? -value : value;
}
