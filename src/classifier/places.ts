// The places people name for where they are (content/places.yaml), by region — the short names they write for a
// country ("UK", "香港") and its cities — : its schema and its compiled form. The readers of a line abroad
// (local-report-line.ts, and its placeNamed for own-line-abroad.ts, travel-line.ts and place-line.ts) take the
// compiled table from the classifier's context; the core reads no file.
import metadataJson from 'libphonenumber-js/max/metadata';
import { z } from 'zod';
import { keyedBy, uniqueList } from '../content/schema-common.ts';

const regionsOf = (metadataJson as { country_calling_codes: Record<string, string[]> }).country_calling_codes;
/** The regions some calling code serves: a place under any other code is never read. */
const SERVED: ReadonlySet<string> = new Set(Object.values(regionsOf).flat());

const placeName = z
  .string()
  .refine((s) => s === s.trim() && [...s].length >= 2, 'a place name is two characters or more, with no outer spaces');

/** One region's names: no name twice (a repeat is a slip, not a weight). */
const nameList = uniqueList(placeName, (n) => `"${n}" is already listed for this region`);

/** Region code → names; the code must be one libphonenumber's calling codes serve. */
const byRegion = keyedBy(
  nameList,
  SERVED,
  (region) => `"${region}" is not a region a calling code serves (two capital letters, ISO 3166: "AU", "GB")`,
);

export const placesFileSchema = z.strictObject({ short_names: byRegion, cities: byRegion });

/** The compiled table: region → the short names people write for it; region → its cities. */
export interface Places {
  shortNames: ReadonlyMap<string, readonly string[]>;
  cities: ReadonlyMap<string, readonly string[]>;
}

export function compilePlaces(file: z.output<typeof placesFileSchema>): Places {
  return { shortNames: new Map(Object.entries(file.short_names)), cities: new Map(Object.entries(file.cities)) };
}
