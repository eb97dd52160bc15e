/** What amount formatting needs to know of a group's currency. */
export interface CurrencyFormat {
  /** Minor units per unit, as a power of ten: 2 means 1250 is 12.50. */
  readonly decimals: number;
  /** Shown after the number ("GRN", "h"); group currencies are not ISO 4217 codes. */
  readonly symbol: string;
}
