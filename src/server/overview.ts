// The overview's response: the store's aggregates of every matching event (grouped in SQL, so
// complete at any size), with each admin-1 region placed at the gazetteer's coordinates for the
// map's proportional symbols. Pure: the caller passes the aggregates and the locator.
import type { AdminCount, EventOverview } from '../store/index.js';

export type { DayCount, DyadCount, MapPoint } from '../store/index.js';

export interface RegionCount extends AdminCount {
  lat: number;
  lon: number;
}

/** The response of GET /api/overview (DESIGN.md Contracts). */
export interface Overview extends Omit<EventOverview, 'regions'> {
  /** Always true: the figures cover every matching event (kept for clients that read it). */
  complete: true;
  regions: RegionCount[];
}

/** Where an admin-1 region sits (the gazetteer's coordinates), or null when it is unknown. */
export type RegionLocator = (
  admin1: string,
  country: string,
) => { lat: number; lon: number } | null;

/** Regions the gazetteer cannot place are left off the map (their events stay in the totals). */
export function overviewResponse(figures: EventOverview, locate: RegionLocator): Overview {
  const regions: RegionCount[] = [];
  for (const region of figures.regions) {
    const at = locate(region.admin1, region.country);
    if (at) regions.push({ ...region, ...at });
  }
  return { ...figures, complete: true, regions };
}
