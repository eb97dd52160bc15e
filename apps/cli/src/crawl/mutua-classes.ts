import { recordTypes } from '@mutua/core';

/** The classes of every Mutua record type: Type Index registrations for these are followed. */
export const mutuaClasses: ReadonlySet<string> = new Set(Object.values(recordTypes).map((type) => type.classIri));
