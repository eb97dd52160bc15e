/** The result of reading an amount a member typed. */
export type ParsedAmount =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-a-number' | 'too-many-decimals' | 'not-positive' | 'too-large' };

/**
 * Reads a positive amount typed in the member's locale ("12,5" in French, "1,234.50" in English)
 * as integer minor units; it never goes through a float.
 */
export function parseAmount(input: string, decimals: number, locale?: string): ParsedAmount {
  const text = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const plain = toPlainDecimal(text, decimalMarkOf(locale));
  const match = /^(\d*)(?:\.(\d*))?$/.exec(plain);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, reason: 'not-a-number' };
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return { ok: false, reason: 'too-many-decimals' };
  const minor = Number((match[1] || '0') + fraction.padEnd(decimals, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'too-large' };
  if (minor <= 0) return { ok: false, reason: 'not-positive' };
  return { ok: true, minor };
}

// People type "12.5" in French forms and "12,5" in English ones: the locale's own mark always
// means decimals; the other mark means decimals too, unless it groups thousands ("1,234", "1.234.567").
function toPlainDecimal(text: string, localeMark: '.' | ','): string {
  const otherMark = localeMark === '.' ? ',' : '.';
  if (text.includes(localeMark)) return text.split(otherMark).join('').replace(localeMark, '.');
  const pieces = text.split(otherMark);
  if (pieces.length === 1) return text;
  const groupsThousands = pieces.slice(1).every((piece) => piece.length === 3);
  return groupsThousands ? pieces.join('') : pieces.length === 2 ? `${pieces[0]}.${pieces[1]}` : 'x';
}

function decimalMarkOf(locale: string | undefined): '.' | ',' {
  const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return mark === ',' ? ',' : '.';
}
