/** Reusable fixture families: the invalid (and boundary-valid) variants each kind of field needs. */
import { iri, term, type Doc } from './fixture-kit.js';

/** A derived fixture: an edit of the example record, and for invalid ones the path expected to fail. */
export interface Fixture {
  readonly name: string;
  readonly note: string;
  readonly edit: (doc: Doc) => void;
  /** Full IRI of the failing path, or null for a rule on the node itself (sh:or, sh:xone…). */
  readonly path?: string | null;
  /** The reference engine accepts this one (impossible calendar dates): the documented divergence. */
  readonly engineConforms?: boolean;
}

const local = (curie: string) => curie.split(':')[1] ?? curie;
const slug = (curie: string, fragment: string) => (fragment === 'it' ? '' : `${fragment}-`) + local(curie);

interface FieldOptions {
  readonly fragment?: string;
  readonly required?: boolean;
  /** Maximum count when more than one value is allowed (1 when absent). */
  readonly maxCount?: number;
}

/** A value is required: removing it must fail. */
export function missing(p: string, fragment = 'it'): Fixture {
  return { name: `missing-${slug(p, fragment)}`, note: `${p} is required`, path: iri(p), edit: (d) => d.remove(fragment, p) };
}

function countRules(p: string, o: FieldOptions, extra: () => ReturnType<typeof term.str>): Fixture[] {
  const fragment = o.fragment ?? 'it';
  const out: Fixture[] = o.required ? [missing(p, fragment)] : [];
  const max = o.maxCount ?? 1;
  if (max < 50) {
    out.push({
      name: `too-many-${slug(p, fragment)}`,
      note: `${p} allows at most ${max} value(s)`,
      path: iri(p),
      edit: (d) => {
        for (let i = 0; i <= max; i++) d.add(fragment, p, extra());
      },
    });
  }
  return out;
}

/** Text with a maximum length (and, when `nonBlank`, at least one visible character). */
export function text(p: string, maxLength: number, o: FieldOptions & { nonBlank?: boolean } = {}): Fixture[] {
  const fragment = o.fragment ?? 'it';
  let n = 0;
  const out: Fixture[] = [
    ...countRules(p, o, () => term.str(`extra value ${++n}`)),
    { name: `number-for-${slug(p, fragment)}`, note: `${p} must be xsd:string, not a number`, path: iri(p), edit: (d) => d.set(fragment, p, term.int(42)) },
    { name: `language-tagged-${slug(p, fragment)}`, note: `${p} must be a plain xsd:string (no language tag)`, path: iri(p), edit: (d) => d.set(fragment, p, term.lang('bonjour', 'fr')) },
    { name: `iri-for-${slug(p, fragment)}`, note: `${p} must be a literal, not an IRI`, path: iri(p), edit: (d) => d.set(fragment, p, term.iri('https://evil.example/x')) },
    { name: `oversize-${slug(p, fragment)}`, note: `${p} longer than ${maxLength} characters`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('x'.repeat(maxLength + 1))) },
  ];
  if (o.nonBlank) {
    out.push({ name: `blank-${slug(p, fragment)}`, note: `${p} made only of spaces`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('   \n\t')) });
  }
  return out;
}

/** Valid boundary cases for a text: exactly the maximum length, markup that the UI must escape. */
export function textValid(p: string, maxLength: number, fragment = 'it'): Fixture[] {
  return [
    { name: `max-length-${slug(p, fragment)}`, note: `${p} of exactly ${maxLength} characters is accepted`, edit: (d) => d.set(fragment, p, term.str('é'.repeat(maxLength))) },
    {
      name: `markup-in-${slug(p, fragment)}`,
      note: `${p} holding HTML is a valid string: escaping is the UI's job`,
      edit: (d) => d.set(fragment, p, term.str('<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"')),
    },
  ];
}

/** A link: an IRI starting with http(s)://. */
export function link(p: string, o: FieldOptions = {}): Fixture[] {
  const fragment = o.fragment ?? 'it';
  let n = 0;
  return [
    ...countRules(p, o, () => term.iri(`https://pods.example/extra/${++n}#it`) as never),
    { name: `javascript-iri-${slug(p, fragment)}`, note: `${p} must not be a javascript: IRI`, path: iri(p), edit: (d) => d.set(fragment, p, term.iri('javascript:alert(document.cookie)')) },
    { name: `data-iri-${slug(p, fragment)}`, note: `${p} must not be a data: IRI`, path: iri(p), edit: (d) => d.set(fragment, p, term.iri('data:text/html,%3Cscript%3Ealert(1)%3C/script%3E')) },
    { name: `literal-for-${slug(p, fragment)}`, note: `${p} must be an IRI, not a string`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('https://pods.example/x#it')) },
  ];
}

/** A value from a fixed list. */
export function oneOf(p: string, o: FieldOptions & { other: string; alternative: string }): Fixture[] {
  const fragment = o.fragment ?? 'it';
  return [
    ...(o.required ? [missing(p, fragment)] : []),
    { name: `two-${slug(p, fragment)}`, note: `${p} takes one value`, path: iri(p), edit: (d) => d.add(fragment, p, term.iri(o.alternative)) },
    { name: `unknown-${slug(p, fragment)}`, note: `${p} must be one of the allowed values, not ${o.other}`, path: iri(p), edit: (d) => d.set(fragment, p, term.iri(o.other)) },
    { name: `string-for-${slug(p, fragment)}`, note: `${p} must be an IRI from the list, not its name as text`, path: iri(p), edit: (d) => d.set(fragment, p, term.str(local(o.alternative))) },
  ];
}

/** A date-time with a time zone; impossible dates are refused by the fast path only. */
export function dateTime(p: string, o: FieldOptions = {}): Fixture[] {
  const fragment = o.fragment ?? 'it';
  let n = 0;
  return [
    ...countRules(p, o, () => term.dt(`2026-05-0${++n}T10:00:00Z`)),
    { name: `no-timezone-${slug(p, fragment)}`, note: `${p} needs a time zone`, path: iri(p), edit: (d) => d.set(fragment, p, term.dt('2026-03-01T10:00:00')) },
    { name: `date-only-${slug(p, fragment)}`, note: `${p} must be xsd:dateTime, not xsd:date`, path: iri(p), edit: (d) => d.set(fragment, p, term.typed('2026-03-01', 'xsd:date')) },
    { name: `string-for-${slug(p, fragment)}`, note: `${p} must be typed xsd:dateTime`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('2026-03-01T10:00:00Z')) },
    { name: `garbage-${slug(p, fragment)}`, note: `${p} must be a well-formed date-time`, path: iri(p), edit: (d) => d.set(fragment, p, term.dt('next tuesday')) },
    {
      name: `impossible-date-${slug(p, fragment)}`,
      note: `${p} month 13, day 45, hour 99: refused by the fast path; the reference engine accepts it`,
      path: iri(p),
      engineConforms: true,
      edit: (d) => d.set(fragment, p, term.dt('2026-13-45T99:00:00Z')),
    },
    {
      name: `february-30-${slug(p, fragment)}`,
      note: `${p} on 30 February: refused by the fast path; the reference engine accepts it`,
      path: iri(p),
      engineConforms: true,
      // The reference engine reads 30 February as 2 March; the year keeps start/end order intact.
      edit: (d) => d.set(fragment, p, term.dt(`${/modified|updated|endDate|hasEnd|expires/.test(p) ? 2027 : 2025}-02-30T10:00:00Z`)),
    },
  ];
}

/** A whole number between bounds (inclusive); `min`/`max` undefined means unbounded. */
export function integer(p: string, o: FieldOptions & { min?: number; max?: number }): Fixture[] {
  const fragment = o.fragment ?? 'it';
  let n = 0;
  const out: Fixture[] = [
    ...countRules(p, o, () => term.int(++n)),
    { name: `fraction-${slug(p, fragment)}`, note: `${p} must be a whole number, not 1.5`, path: iri(p), edit: (d) => d.set(fragment, p, term.dec('1.5')) },
    { name: `text-${slug(p, fragment)}`, note: `${p} must be xsd:integer, not text`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('10')) },
    { name: `ill-typed-${slug(p, fragment)}`, note: `${p} "ten"^^xsd:integer is not an integer`, path: iri(p), edit: (d) => d.set(fragment, p, term.int('ten')) },
  ];
  if (o.min !== undefined) {
    out.push({ name: `below-min-${slug(p, fragment)}`, note: `${p} below ${o.min}`, path: iri(p), edit: (d) => d.set(fragment, p, term.int(o.min! - 1)) });
  }
  if (o.max !== undefined) {
    out.push({ name: `above-max-${slug(p, fragment)}`, note: `${p} above ${o.max}`, path: iri(p), edit: (d) => d.set(fragment, p, term.int(o.max! + 1)) });
  }
  return out;
}

/** Valid boundary values of an integer field. */
export function integerValid(p: string, values: number[], fragment = 'it'): Fixture[] {
  return values.map((v) => ({ name: `${local(p)}-${v}`.replace('--', '-minus-'), note: `${p} = ${v} is accepted`, edit: (d: Doc) => d.set(fragment, p, term.int(v)) }));
}

/** A decimal between bounds; `exclusiveMin` makes the lower bound exclusive. */
export function decimal(p: string, o: FieldOptions & { min?: string; max?: string; exclusiveMin?: boolean }): Fixture[] {
  const fragment = o.fragment ?? 'it';
  let n = 0;
  const out: Fixture[] = [
    ...countRules(p, o, () => term.dec(`0.${++n}`)),
    { name: `integer-for-${slug(p, fragment)}`, note: `${p} must be typed xsd:decimal (write 1.0, not 1)`, path: iri(p), edit: (d) => d.set(fragment, p, term.int(1)) },
    { name: `text-${slug(p, fragment)}`, note: `${p} must be a number, not text`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('0.5')) },
  ];
  if (o.min !== undefined) {
    const below = o.exclusiveMin ? o.min : `${Number(o.min) - 0.01}`;
    out.push({ name: `below-min-${slug(p, fragment)}`, note: `${p} = ${below} is too low`, path: iri(p), edit: (d) => d.set(fragment, p, term.dec(below)) });
  }
  if (o.max !== undefined) {
    const above = `${Number(o.max) + 0.01}`;
    out.push({ name: `above-max-${slug(p, fragment)}`, note: `${p} = ${above} is too high`, path: iri(p), edit: (d) => d.set(fragment, p, term.dec(above)) });
  }
  return out;
}

/** A boolean flag. */
export function flag(p: string, fragment = 'it'): Fixture[] {
  return [
    { name: `text-${slug(p, fragment)}`, note: `${p} must be true or false, not text`, path: iri(p), edit: (d) => d.set(fragment, p, term.str('yes')) },
    { name: `ill-typed-${slug(p, fragment)}`, note: `${p} "yes"^^xsd:boolean is not a boolean`, path: iri(p), edit: (d) => d.set(fragment, p, term.typed('yes', 'xsd:boolean')) },
    { name: `two-${slug(p, fragment)}`, note: `${p} takes one value`, path: iri(p), edit: (d) => d.add(fragment, p, term.bool(true), term.bool(false)) },
  ];
}
