import { decimal, text } from '../literal-codecs.js';
import { node } from '../node-codecs.js';
import { one, optional, type NodeData } from '../field.js';
import { SCHEMA } from '../../vocab/terms.generated.js';

const placeFields = {
  name: one(SCHEMA.name, text),
  /** ISO 3166 two-letter code. */
  country: optional(SCHEMA.addressCountry, text),
  /** Decimal degrees as written (exact), e.g. "51.46". */
  latitude: optional(SCHEMA.latitude, decimal),
  longitude: optional(SCHEMA.longitude, decimal),
};

/** A coarse place (neighbourhood, town), written at `<#place>` in the record's document. */
export const placeNode = node('place', { types: [SCHEMA.Place], fields: placeFields });

export type Place = NodeData<typeof placeFields>;
