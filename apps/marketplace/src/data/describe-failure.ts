/** What to tell a member about a failed action: the error's message, with the first validation issue when there is one. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const issues = (error as { issues?: readonly { message: Readonly<Record<string, string>> | string }[] }).issues;
  const first = issues?.[0]?.message;
  if (!first) return error.message;
  if (typeof first === 'string') return first;
  const language = (globalThis.navigator?.language ?? 'en').split('-')[0] ?? 'en';
  return first[language] ?? first.en ?? error.message;
}
