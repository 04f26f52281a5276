// The overview's filters live in the URL, so a reload or a shared link shows the same view.

export const FILTER_KEYS = ['from', 'to', 'actor', 'dyad', 'type', 'region', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The filters as query parameters, in a fixed order (stable, shareable URLs). */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function filtersUrl(filters: Filters): string {
  const query = filterParams(filters).toString();
  return query ? `/?${query}` : '/';
}
