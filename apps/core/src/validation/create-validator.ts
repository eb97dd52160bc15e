import { compileShapes, type CompiledShapes } from './compile-shapes.js';
import { createEngineValidator, type EngineValidator } from './engine-validator.js';
import { missingRecordIssue } from './missing-record.internal.js';
import { toQuads, type RecordInput } from './record-input.internal.js';
import { RECORD_TARGET_CLASSES, type RecordType } from './shapes.generated.js';
import { shapeQuads } from './shapes-graph.js';
import type { ValidationResult } from './validation-result.js';

/** Options for Turtle input: the document's URL, against which relative IRIs resolve. */
export interface ValidateOptions {
  readonly baseIRI?: string;
}

/** The compiled fast path: synchronous, for forms, reads and bulk checks. */
export interface FastValidator {
  /** Validates one record document against its type's shapes; the record must be present. */
  validateRecord(input: RecordInput, type: RecordType, options?: ValidateOptions): ValidationResult;
  /** Validates every targeted node in a dataset against one type's shapes, or all shapes. */
  validateDataset(input: RecordInput, type?: RecordType, options?: ValidateOptions): ValidationResult;
}

/** The reference path (rdf-validate-shacl): same API, asynchronous. */
export interface ReferenceValidator {
  validateRecord(input: RecordInput, type: RecordType, options?: ValidateOptions): Promise<ValidationResult>;
  validateDataset(input: RecordInput, type?: RecordType, options?: ValidateOptions): Promise<ValidationResult>;
}

const ALL = '*';
const fastCache = new Map<string, CompiledShapes>();
const engineCache = new Map<string, EngineValidator>();

function fastFor(type?: RecordType): CompiledShapes {
  const key = type ?? ALL;
  let compiled = fastCache.get(key);
  if (!compiled) fastCache.set(key, (compiled = compileShapes(shapeQuads(type))));
  return compiled;
}

function engineFor(type?: RecordType): EngineValidator {
  const key = type ?? ALL;
  let engine = engineCache.get(key);
  if (!engine) engineCache.set(key, (engine = createEngineValidator(shapeQuads(type))));
  return engine;
}

function withPresence(result: ValidationResult, quads: Parameters<typeof missingRecordIssue>[0], type: RecordType): ValidationResult {
  const missing = missingRecordIssue(quads, type, RECORD_TARGET_CLASSES[type]);
  return missing ? { conforms: false, results: [missing, ...result.results] } : result;
}

/** Creates a validator; shapes are compiled (or the engine built) once per record type and reused. */
export function createValidator(options?: { readonly engine?: 'fast' }): FastValidator;
export function createValidator(options: { readonly engine: 'reference' }): ReferenceValidator;
export function createValidator(options: { readonly engine?: 'fast' | 'reference' } = {}): FastValidator | ReferenceValidator {
  if (options.engine === 'reference') {
    return {
      async validateRecord(input, type, opts) {
        const quads = toQuads(input, opts?.baseIRI);
        return withPresence(await engineFor(type).validate(quads), quads, type);
      },
      validateDataset: (input, type, opts) => engineFor(type).validate(toQuads(input, opts?.baseIRI)),
    };
  }
  return {
    validateRecord(input, type, opts) {
      const quads = toQuads(input, opts?.baseIRI);
      return withPresence(fastFor(type).validate(quads), quads, type);
    },
    validateDataset: (input, type, opts) => fastFor(type).validate(toQuads(input, opts?.baseIRI)),
  };
}

const defaultValidator = createValidator();

/** Validates one record (Turtle or quads) against its type's shapes with the fast path. */
export function validateRecord(input: RecordInput, type: RecordType, options?: ValidateOptions): ValidationResult {
  return defaultValidator.validateRecord(input, type, options);
}

/** Validates a dataset against one record type's shapes, or all shapes, with the fast path. */
export function validateDataset(input: RecordInput, type?: RecordType, options?: ValidateOptions): ValidationResult {
  return defaultValidator.validateDataset(input, type, options);
}
