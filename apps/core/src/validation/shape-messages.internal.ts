import type { Messages } from './validation-result.js';

// Fallback messages for shapes without sh:message. Our own shapes always carry sh:message;
// these keep foreign shapes readable.
const FALLBACK: Record<string, Messages> = {
  minCount: { en: 'A required value is missing.', fr: 'Une valeur obligatoire manque.', es: 'Falta un valor obligatorio.' },
  maxCount: { en: 'There are too many values.', fr: 'Il y a trop de valeurs.', es: 'Hay demasiados valores.' },
  datatype: { en: 'The value has the wrong type.', fr: 'La valeur n’a pas le bon type.', es: 'El valor no tiene el tipo correcto.' },
  in: { en: 'The value is not one of the allowed choices.', fr: 'La valeur ne fait pas partie des choix permis.', es: 'El valor no es una de las opciones permitidas.' },
  pattern: { en: 'The value does not have the expected form.', fr: 'La valeur n’a pas la forme attendue.', es: 'El valor no tiene la forma esperada.' },
};
const GENERIC: Messages = {
  en: 'The value does not meet a rule of this record type.',
  fr: 'La valeur ne respecte pas une règle de ce type d’enregistrement.',
  es: 'El valor no cumple una regla de este tipo de registro.',
};

/** The messages to report for a constraint: the shape's sh:message, completed, or a fallback. */
export function messagesFor(shapeMessages: Partial<Messages> | null, component: string): Messages {
  const fallback = FALLBACK[component] ?? GENERIC;
  if (!shapeMessages) return fallback;
  const en = shapeMessages.en ?? fallback.en;
  return { en, fr: shapeMessages.fr ?? en, es: shapeMessages.es ?? en };
}

/** The IRI of the SHACL constraint component behind a parameter, e.g. minCount → sh:MinCountConstraintComponent. */
export function componentIri(component: string): string {
  return `http://www.w3.org/ns/shacl#${component[0]?.toUpperCase()}${component.slice(1)}ConstraintComponent`;
}
