// Coarse places: rounding coordinates before they are stored, and distances between them.
export {
  COORDINATE_DECIMALS,
  roundCoordinate,
  coarseCoordinates,
  coarsePlace,
  coordinatesOf,
  type Coordinates,
} from './coarse-place.js';
export { distanceKm, roundedKm } from './distance.js';
