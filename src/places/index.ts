// Places: find place names in sentences and resolve names to gazetteer places.
import type { Place } from '../records.js';
import { gazetteer, type Candidate } from './gazetteer.js';
import { ADMIN_SUFFIXES, adminBaseKey, placeKey } from './normalize.js';

export { findPlaces, type PlaceSpan, type FindPlacesOptions } from './find.js';

/**
 * The place a name most likely means: "Kiev" -> Kyiv, "Donetsk oblast" -> Donetsk Oblast,
 * "Ukraine" -> the country. `country` (ISO alpha-3 or a country name) restricts the search.
 * Null when the gazetteer has no such name.
 */
export function lookupPlace(name: string, country?: string): Place | null {
  const g = gazetteer();
  const key = placeKey(name);
  if (!key) return null;
  let iso3: string | undefined;
  if (country) {
    iso3 = g.countryCodes.get(placeKey(country));
    if (!iso3) return null;
  }
  const pick = (list: Candidate[] | undefined): Place | null => {
    const c = list?.find((x) => iso3 === undefined || x.place.country === iso3);
    return c ? { ...c.place } : null;
  };
  const lastWord = key.slice(key.lastIndexOf(' ') + 1);
  if (key.includes(' ') && ADMIN_SUFFIXES.has(lastWord)) {
    const base = adminBaseKey(name);
    const region = pick(g.names.get(key)) ?? pick(g.adminBases.get(base));
    if (region) return region;
    // "Kharkov region": the region of the city of that name.
    const city = g.names
      .get(base)
      ?.find((c) => c.kind === 'city' && (iso3 === undefined || c.place.country === iso3));
    const admin = city && g.admins.get(city.adminId);
    if (admin) return { ...admin.place };
  }
  return pick(g.names.get(key));
}
