export type { Messages, ValidationIssue, ValidationResult } from './validation-result.js';
export type { RecordInput } from './record-input.internal.js';
export { DEFAULT_BASE_IRI } from './record-input.internal.js';
export { MISSING_RECORD } from './missing-record.internal.js';
export { compileShapes, type CompiledShapes } from './compile-shapes.js';
export { createEngineValidator, type EngineValidator } from './engine-validator.js';
export {
  createValidator,
  validateDataset,
  validateRecord,
  type FastValidator,
  type ReferenceValidator,
  type ValidateOptions,
} from './create-validator.js';
export { isRecordType, shapeQuads } from './shapes-graph.js';
export {
  RECORD_TARGET_CLASSES,
  RECORD_TYPES,
  SHAPES_TURTLE,
  SHARED_SHAPE_FILES,
  type RecordType,
} from './shapes.generated.js';
