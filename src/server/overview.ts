// The overview's numbers (timeline, dyads both ways, regions, map points) folded from a stream of
// events. Pure: the caller decides which events and how many (the Store has no aggregate queries
// yet, so the server folds at most a capped number of them and says when it stopped).
import type { EventRecord } from '../records.js';

export interface DayCount {
  date: string;
  events: number;
  conflict: number;
  cooperation: number;
}

export interface DyadCount {
  /** Alphabetically first actor of the pair. */
  a: string;
  b: string;
  /** a → b and b → a, conflict (intensity < 0) and cooperation (> 0). */
  ab: { conflict: number; cooperation: number };
  ba: { conflict: number; cooperation: number };
  events: number;
}

export interface RegionCount {
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  events: number;
}

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  type: string;
  date: string | null;
  place: string;
}

export interface Overview {
  /** Events folded; `complete` false when the cap stopped the fold early. */
  events: number;
  complete: boolean;
  days: DayCount[];
  dyads: DyadCount[];
  regions: RegionCount[];
  points: MapPoint[];
  types: Array<{ type: string; events: number }>;
}

/** Where an admin-1 region sits (the gazetteer's coordinates), or null when it is unknown. */
export type RegionLocator = (
  admin1: string,
  country: string,
) => { lat: number; lon: number } | null;

export interface OverviewOptions {
  /** Stop after this many events (the fold is then marked incomplete). */
  cap: number;
  /** At most this many points on the map (the rest are still counted per region). */
  maxPoints: number;
  topDyads: number;
  locate: RegionLocator;
}

const tone = (intensity: number): 'conflict' | 'cooperation' | null =>
  intensity < 0 ? 'conflict' : intensity > 0 ? 'cooperation' : null;

export async function foldOverview(
  events: AsyncIterable<EventRecord> | Iterable<EventRecord>,
  options: OverviewOptions,
): Promise<Overview> {
  const days = new Map<string, DayCount>();
  const dyads = new Map<string, DyadCount>();
  const regions = new Map<string, { country: string; admin1: string; events: number }>();
  const types = new Map<string, number>();
  const points: MapPoint[] = [];
  let count = 0;
  let complete = true;
  for await (const event of events) {
    if (count >= options.cap) {
      complete = false;
      break;
    }
    count += 1;
    const side = tone(event.intensity);
    types.set(event.type, (types.get(event.type) ?? 0) + 1);
    if (event.date) {
      const day = days.get(event.date) ?? {
        date: event.date,
        events: 0,
        conflict: 0,
        cooperation: 0,
      };
      day.events += 1;
      if (side) day[side] += 1;
      days.set(event.date, day);
    }
    if (event.source && event.target && event.source !== event.target) {
      const forward = event.source < event.target;
      const [a, b] = forward ? [event.source, event.target] : [event.target, event.source];
      const key = `${a}\u0000${b}`;
      const dyad = dyads.get(key) ?? {
        a,
        b,
        ab: { conflict: 0, cooperation: 0 },
        ba: { conflict: 0, cooperation: 0 },
        events: 0,
      };
      dyad.events += 1;
      if (side) (forward ? dyad.ab : dyad.ba)[side] += 1;
      dyads.set(key, dyad);
    }
    const place = event.place;
    if (place?.admin1) {
      const key = `${place.country}\u0000${place.admin1}`;
      const region = regions.get(key) ?? {
        country: place.country,
        admin1: place.admin1,
        events: 0,
      };
      region.events += 1;
      regions.set(key, region);
    }
    if (place && points.length < options.maxPoints) {
      points.push({
        id: event.id,
        lat: place.lat,
        lon: place.lon,
        type: event.type,
        date: event.date,
        place: place.name,
      });
    }
  }
  const located: RegionCount[] = [];
  for (const region of regions.values()) {
    const at = options.locate(region.admin1, region.country);
    if (at) located.push({ ...region, ...at });
  }
  return {
    events: count,
    complete,
    days: [...days.values()].sort((x, y) => x.date.localeCompare(y.date)),
    dyads: [...dyads.values()]
      .sort((x, y) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .slice(0, options.topDyads),
    regions: located.sort((x, y) => y.events - x.events),
    points,
    types: [...types.entries()]
      .map(([type, n]) => ({ type, events: n }))
      .sort((x, y) => y.events - x.events || x.type.localeCompare(y.type)),
  };
}
