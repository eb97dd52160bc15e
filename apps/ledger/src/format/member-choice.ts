/** The WebID a member picked in the autocomplete: a typed name (exact, case-insensitive) or a pasted WebID. */
export function memberChoice(input: string, names: ReadonlyMap<string, string>, candidates: readonly string[]): string | undefined {
  const typed = input.trim();
  if (candidates.includes(typed)) return typed;
  const folded = typed.toLocaleLowerCase();
  const matches = candidates.filter((webId) => (names.get(webId) ?? webId).toLocaleLowerCase() === folded);
  return matches.length === 1 ? matches[0] : undefined;
}
