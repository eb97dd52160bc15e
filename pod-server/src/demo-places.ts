/**
 * Coordinates of the demo network's places, already rounded to two decimals (about 1 km) as
 * Mutua stores them. The demo only: Mutua itself never turns a typed name into coordinates.
 */
const DEMO_POINTS: Readonly<Record<string, { latitude: string; longitude: string }>> = {
  'Lyon, France': { latitude: '45.76', longitude: '4.84' },
  'Lyon 1er': { latitude: '45.77', longitude: '4.83' },
  'Lyon 4e': { latitude: '45.78', longitude: '4.83' },
  'Lyon 7e': { latitude: '45.74', longitude: '4.84' },
  'Parc de Gerland': { latitude: '45.73', longitude: '4.83' },
  'Caluire-et-Cuire': { latitude: '45.80', longitude: '4.85' },
  Villeurbanne: { latitude: '45.77', longitude: '4.88' },
  'Vaulx-en-Velin': { latitude: '45.78', longitude: '4.92' },
  'Madrid, España': { latitude: '40.42', longitude: '-3.70' },
  Lavapiés: { latitude: '40.41', longitude: '-3.70' },
  'Lavapiés, Madrid': { latitude: '40.41', longitude: '-3.70' },
  Embajadores: { latitude: '40.40', longitude: '-3.70' },
  'Embajadores, Madrid': { latitude: '40.40', longitude: '-3.70' },
  Arganzuela: { latitude: '40.40', longitude: '-3.69' },
  'Arganzuela, Madrid': { latitude: '40.40', longitude: '-3.69' },
};

/** The demo place `name` with its coordinates when the demo knows them. */
export function demoPlace(name: string): { name: string; latitude?: string; longitude?: string } {
  return { name, ...DEMO_POINTS[name] };
}
