import type { CurrencyFormat } from './currency-format.js';
import { minorUnitsToDecimal } from './minor-units-to-decimal.js';

/** Options for {@link formatAmount}. */
export interface FormatAmountOptions {
  /** BCP 47 locale; the browser's when absent. */
  readonly locale?: string;
  /** Show "+" on positive amounts (history lines, balances). */
  readonly signed?: boolean;
  /** Leave the symbol out (table cells under a header that names the currency). */
  readonly bare?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount of minor units in the locale's number format with the currency's decimals and symbol ("1 234,50 h"). */
export function formatAmount(minor: number, currency: CurrencyFormat, options: FormatAmountOptions = {}): string {
  const key = `${options.locale ?? ''}|${currency.decimals}|${options.signed ? 1 : 0}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(options.locale, {
      minimumFractionDigits: currency.decimals,
      maximumFractionDigits: currency.decimals,
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, formatter);
  }
  // A decimal string keeps large amounts exact; Intl.NumberFormat formats strings without going through a double.
  const number = formatter.format(minorUnitsToDecimal(minor, currency.decimals) as unknown as number);
  return options.bare ? number : `${number}\u00a0${currency.symbol}`;
}
