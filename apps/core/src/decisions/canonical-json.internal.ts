// JSON with object keys sorted by UTF-16 code units and no whitespace. For the values used
// here (strings, integers, arrays, plain objects) this is byte-for-byte RFC 8785 (JCS),
// which also takes its string and number forms from ECMAScript's JSON.stringify.

/** Canonical JSON text of a JSON value; throws TypeError on anything JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot canonicalise the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort(compareCodeUnits)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`Cannot canonicalise a value of type ${typeof value}`);
}

/** Canonical JSON when possible, else a typed placeholder: for sort keys of untrusted input. */
export function sortKeyOf(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return `~${typeof value}:${String(value)}`;
  }
}

/** Locale-independent string order (UTF-16 code units), the same on every reader's machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
