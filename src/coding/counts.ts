// Monitoring counts: "the mission recorded 189 ceasefire violations, including 128 explosions".
import type { Mention } from '../records.js';
import type { AnalysedSentence } from '../nlp/analyse.js';
import type { CodableDocument } from './types.js';
import type { CoderDeps } from './coder.js';
import { mentionId } from './ids.js';
import { firstPlace } from './places.js';
import { dayAfter, FOLLOWING_DAY, periodEnd, regionMentions } from '../nlp/quantities.js';
import { classAlternation } from './word-classes.js';

const VIOLENCE_UNITS =
  /\b(?:ceasefire violations?|violations?|explosions?|shell(?:s|ing)|attacks?|strikes?|shots|bursts|casualties|deaths|killed|wounded|injured)\b/;
// The verbs a monitoring report tallies with: the `recording-verbs` word class, the same words
// after which nlp/quantities.ts reads "no" as a zero count. Built on first use: the class is data.
let recording: RegExp | null = null;
const recordingVerb = (): RegExp =>
  (recording ??= new RegExp(classAlternation('recording-verbs'), 'iu'));

/**
 * A monitoring count ("In Donetsk region the mission recorded 189 ceasefire violations, including
 * 128 explosions") is violence whose perpetrators the text does not name: an ASSAULT with unknown
 * actors, its place and counts. A sentence giving only the previous period's figure ("In the
 * previous period it recorded 222 ceasefire violations in the region") adds to the count before it.
 */
/**
 * How many sentences after a count a figure for the previous period may still join it: reports
 * give the comparison right after the count ("...; in the previous reporting period, 24"), and
 * a figure far later belongs to some other count. It also bounds how long a long document's
 * coder must hold a count back before the store may take it.
 */
export const COUNT_REACH = 30;

const BOTH_REGIONS = /\bin (?:both|the two) regions\b/i;

/** How far back (in characters) a count without a region looks for the region named before it. */
const REGION_LOOKBACK = 400;

/**
 * Whether a count's period comes before the last count's, so that it is that count's comparison:
 * "previous", or a date range ending no later than the last count's range begins ("between the
 * evenings of 17 and 18 February" after a count "between the evenings of 18 and 20 February"), or
 * before the last count's date when that one is the report's current period. A range that is the
 * report's own latest period (a weekend report's first count) starts a count of its own.
 */
function earlierPeriod(period: string, last: Mention): boolean {
  if (period === 'previous') return true;
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (!range) return false;
  const lastRange = /^(\d{4}-\d{2}-\d{2})\//.exec(last.quantities[0]?.period ?? '');
  const lastStart = lastRange ? lastRange[1]! : last.date;
  return lastStart !== null && range[2]! <= lastStart;
}

export function countedViolence(
  doc: CodableDocument,
  s: AnalysedSentence,
  deps: CoderDeps,
  last: Mention | null,
): Mention | 'merged' | null {
  // Most sentences name no recording or no violence and stop here. Not digits: reports write
  // small counts in words ("recorded seven ceasefire violations") and zero as "no". The units
  // first: their pattern is case-sensitive and much cheaper than the verbs' (case-insensitive,
  // Unicode), and either failing ends it.
  if (!VIOLENCE_UNITS.test(s.text) || !recordingVerb().test(s.text)) return null;
  // A count whose sentence names no region is for the region of the count before it, else for
  // the last region named just before it ("Luhansk region" as a heading, or "In Luhansk region,
  // the mission saw ..." followed by "It recorded 24 ceasefire violations").
  const before = (): string =>
    regionMentions(doc.text.slice(Math.max(0, s.start - REGION_LOOKBACK), s.start)).at(-1)?.name ??
    '';
  // "... recorded no ceasefire violations in both regions": the two regions named last before.
  const bothRegions = (): string[] => {
    const names = regionMentions(
      doc.text.slice(Math.max(0, s.start - REGION_LOOKBACK), s.start + s.text.length),
    ).map((r) => r.name);
    return [...new Set(names.reverse())].slice(0, 2).reverse();
  };
  const quantities = deps
    .extractQuantities(s.text, doc.published)
    .filter((q) => VIOLENCE_UNITS.test(q.unit))
    .flatMap((q) => {
      if (q.region) return [q];
      const both = BOTH_REGIONS.test(s.text) ? bothRegions() : [];
      if (both.length === 2) return both.map((region) => ({ ...q, region }));
      return [{ ...q, region: last?.quantities[0]?.region || before() }];
    });
  if (quantities.length === 0) return null;
  // "The number of ceasefire violations ... decreased again over the next 24 hours, including 9
  // explosions": the day after the count before it, when that one has a range of days.
  const following = FOLLOWING_DAY.test(s.text);
  const nextDay = following ? dayAfter(last?.quantities[0]?.period ?? '') : null;
  if (nextDay) for (const q of quantities) if (q.period === 'current') q.period = nextDay;
  if (last && quantities.every((q) => earlierPeriod(q.period, last))) {
    last.quantities.push(...quantities);
    return 'merged';
  }
  // The place of the counts' region when the sentence names it ("recorded 1,566 ceasefire
  // violations in Donetsk region"), not a dateline's city before it ("KYIV, 19 February - ...").
  const region = quantities[0]!.region;
  const place =
    (region &&
      deps
        .findPlaces(s.text)
        .map((span) => span.place)
        .find((p) => p.name === region || (p.admin1 ?? '').startsWith(region))) ||
    firstPlace(s, [], deps);
  const anchor = s.tokens.find((t) => recordingVerb().test(t.text)) ?? s.tokens[0]!;
  const { cameo, intensity } = { cameo: '196', intensity: -9.5 };
  return {
    id: mentionId(doc.id, s.index, anchor.start, 'ASSAULT', '', ''),
    // A count of the day after a range is dated by its period, not by the range it names.
    date:
      (following && periodEnd(quantities[0]!.period)) ||
      deps.resolveDate(s.text, doc.published, 'past'),
    source: { root: '', sector: '', text: '' },
    target: { root: '', sector: '', text: '' },
    type: 'ASSAULT',
    mode: 'ceasefire-violation',
    cameo,
    intensity,
    negated: false,
    conditional: false,
    future: false,
    claimed: false,
    place,
    quantities,
    evidence: { doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
    trigger: { start: anchor.start, end: anchor.end, text: anchor.text },
    pattern: 'assault.counted',
  };
}
