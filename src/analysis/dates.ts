// Calendar arithmetic on `YYYY-MM-DD` strings (UTC days), and the start of a day's bucket.

export type BucketSize = 'day' | 'week' | 'month';
export const BUCKET_SIZES: readonly BucketSize[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The first day of the bucket holding `date`: itself, its ISO week's Monday, or the 1st. */
export function bucketStart(date: string, size: BucketSize): string {
  if (size === 'day') return date;
  if (size === 'month') return `${date.slice(0, 7)}-01`;
  const day = toDayNumber(date);
  // Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7.
  return fromDayNumber(day - ((((day + 3) % 7) + 7) % 7));
}

/** The bucket after the one starting at `start`. */
export function nextBucket(start: string, size: BucketSize): string {
  if (size === 'day') return addDays(start, 1);
  if (size === 'week') return addDays(start, 7);
  const [y, m] = start.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Every bucket start from the bucket of `from` to the bucket of `to`, inclusive. */
export function bucketStarts(from: string, to: string, size: BucketSize): string[] {
  const out: string[] = [];
  const last = bucketStart(to, size);
  for (let b = bucketStart(from, size); b <= last; b = nextBucket(b, size)) out.push(b);
  return out;
}

/** Days in the bucket starting at `start`. */
export function bucketDays(start: string, size: BucketSize): number {
  return daysBetween(start, nextBucket(start, size));
}
