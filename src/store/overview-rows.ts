// Rows of the overview's grouped queries shaped for both stores alike (SQLite and PostgreSQL
// return the same columns; each store's aggregates.ts holds its SQL).
import type { Place } from '../records.js';
import type { DyadCount, MapPoint } from './aggregates.js';

export interface DyadRow {
  a: string;
  b: string;
  events: number;
  ab_conflict: number;
  ab_cooperation: number;
  ba_conflict: number;
  ba_cooperation: number;
}

export const dyadCount = (row: DyadRow): DyadCount => ({
  a: row.a,
  b: row.b,
  ab: { conflict: row.ab_conflict, cooperation: row.ab_cooperation },
  ba: { conflict: row.ba_conflict, cooperation: row.ba_cooperation },
  events: row.events,
});

export interface PointRow {
  id: string;
  date: string | null;
  type: string;
  /** The event's place as stored (JSON text), parsed here so both stores give the same doubles. */
  place: string;
}

export function mapPoint(row: PointRow): MapPoint {
  const place = JSON.parse(row.place) as Place;
  return {
    id: row.id,
    lat: place.lat,
    lon: place.lon,
    type: row.type,
    date: row.date,
    place: place.name,
  };
}
