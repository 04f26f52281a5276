// The offline map: Natural Earth country outlines (world-atlas, bundled), events as points and
// counts per admin-1 region as proportional circles at the gazetteer's coordinates. No tiles.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { Overview } from './api.js';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;

export type Region = Overview['regions'][number];
export type Point = Overview['points'][number];

export interface MapHandlers {
  onRegion(region: Region): void;
  onPoint(points: Point[]): void;
}

/** Attaches a click listener to each drawn mark element, by the datum it draws. */
function clickable<T>(name: string, data: T[], handle: (datum: T) => void): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    g.setAttribute('data-mark', name);
    g.querySelectorAll('circle').forEach((circle, i) => {
      const datum = data[index[i]!];
      if (datum === undefined) return;
      circle.setAttribute('tabindex', '0');
      circle.setAttribute('role', 'button');
      circle.addEventListener('click', () => handle(datum));
      circle.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter') handle(datum);
      });
    });
    return g;
  };
}

export function drawMap(overview: Overview, width: number, handlers: MapHandlers): Element {
  const located = [
    ...overview.points.map((p) => [p.lon, p.lat]),
    ...overview.regions.map((r) => [r.lon, r.lat]),
  ];
  // Zoom to the events (with a margin), or show the world when none have a place.
  const domain =
    located.length > 0
      ? { type: 'MultiPoint' as const, coordinates: located }
      : { type: 'Sphere' as const };
  const byPlace = new Map<string, Point[]>();
  for (const p of overview.points) {
    const key = `${p.lat},${p.lon}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  const places = [...byPlace.values()];
  const regions = [...overview.regions].sort((a, b) => b.events - a.events);
  return Plot.plot({
    width,
    height: Math.round(width * 0.7),
    projection: { type: 'mercator', domain, inset: 40 },
    r: { range: [4, 28] },
    marks: [
      Plot.sphere({ fill: '#eef3f7' }),
      Plot.geo(countries, { fill: '#fbfaf7', stroke: '#9aa4ad', strokeWidth: 0.6 }),
      Plot.dot(regions, {
        x: 'lon',
        y: 'lat',
        r: 'events',
        sort: null,
        fill: '#c0392b',
        fillOpacity: 0.25,
        stroke: '#c0392b',
        title: (r: Region) => `${r.admin1}, ${r.country}: ${r.events} events`,
        render: clickable('region', regions, handlers.onRegion),
      }),
      Plot.dot(places, {
        x: (p: Point[]) => p[0]!.lon,
        y: (p: Point[]) => p[0]!.lat,
        r: 3,
        fill: '#1f3a5f',
        title: (p: Point[]) => `${p[0]!.place}: ${p.length} event${p.length === 1 ? '' : 's'}`,
        render: clickable('event', places, handlers.onPoint),
      }),
    ],
  });
}
