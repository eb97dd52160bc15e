// Escape what a spreadsheet would run as a formula ("=…", "+…", "@…", "-…"), except negative
// numbers, which are amounts and must stay numbers in the spreadsheet.
export const CSV_OPTIONS = { escapeFormulae: /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/, newline: '\r\n' } as const;
