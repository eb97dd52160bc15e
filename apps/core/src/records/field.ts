import type { TermCodec } from './term-codec.js';

/** How many values a field has: exactly one, zero or one, or any number (a set). */
export type Cardinality = 'one' | 'optional' | 'many';

/** One property of a record: its predicate, how its values are written, how many there are. */
export interface Field<T, C extends Cardinality = Cardinality> {
  readonly predicate: string;
  readonly codec: TermCodec<T>;
  readonly cardinality: C;
}

// `any` keeps field maps assignable whatever their value types; the mapped types below restore them.
export type Fields = Readonly<Record<string, Field<any, Cardinality>>>;

type FieldValue<F> = F extends Field<infer T, 'many'> ? readonly T[] : F extends Field<infer T, Cardinality> ? T : never;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K]['cardinality'] extends 'optional' ? K : never }[keyof F];
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>;

/** The plain data a set of fields describes: required fields, optional ones with `?`, sets as arrays. */
export type NodeData<F extends Fields> = { readonly [K in RequiredKeys<F>]: FieldValue<F[K]> } & {
  readonly [K in OptionalKeys<F>]?: FieldValue<F[K]>;
};

/** A field with exactly one value. */
export function one<T>(predicate: string, codec: TermCodec<T>): Field<T, 'one'> {
  return { predicate, codec, cardinality: 'one' };
}

/** A field with zero or one value. */
export function optional<T>(predicate: string, codec: TermCodec<T>): Field<T, 'optional'> {
  return { predicate, codec, cardinality: 'optional' };
}

/** A field with any number of values, read back sorted since RDF sets have no order. */
export function many<T>(predicate: string, codec: TermCodec<T>): Field<T, 'many'> {
  return { predicate, codec, cardinality: 'many' };
}
