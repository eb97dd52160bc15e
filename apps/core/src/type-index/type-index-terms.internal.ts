import { PIM, RDF, SOLID } from '../vocab/terms.generated.js';

// Terms the generated constants do not carry yet (see the report to the vocabulary owner).
const PIM_NS = PIM.storage.replace(/storage$/, '');
const SOLID_NS = SOLID.forClass.replace(/forClass$/, '');

export const TI = {
  type: RDF.type,
  storage: PIM.storage,
  preferencesFile: `${PIM_NS}preferencesFile`,
  ConfigurationFile: `${PIM_NS}ConfigurationFile`,
  publicTypeIndex: SOLID.publicTypeIndex,
  privateTypeIndex: SOLID.privateTypeIndex,
  TypeIndex: SOLID.TypeIndex,
  TypeRegistration: SOLID.TypeRegistration,
  ListedDocument: `${SOLID_NS}ListedDocument`,
  UnlistedDocument: `${SOLID_NS}UnlistedDocument`,
  forClass: SOLID.forClass,
  instance: SOLID.instance,
  instanceContainer: SOLID.instanceContainer,
} as const;
