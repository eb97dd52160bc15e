/** An xsd:dateTime in UTC without milliseconds, the form signed records use. */
export function timestampOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
