// Seeded generator of invented, news-like crisis documents for benchmarks and crash tests.
// Same seed → same bytes, so runs are comparable.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../random.js';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

interface Party {
  country: string;
  leader: string;
  minister: string;
  ministry: string;
  capital: string;
  military: string;
}

const PARTIES: readonly Party[] = [
  {
    country: 'Russia',
    leader: 'President Vladimir Putin',
    minister: 'Foreign Minister Sergei Lavrov',
    ministry: 'the Russian Foreign Ministry',
    capital: 'Moscow',
    military: 'Russian troops',
  },
  {
    country: 'the United States',
    leader: 'President Joe Biden',
    minister: 'Secretary of State Antony Blinken',
    ministry: 'the State Department',
    capital: 'Washington',
    military: 'U.S. forces',
  },
  {
    country: 'Ukraine',
    leader: 'President Volodymyr Zelensky',
    minister: 'Foreign Minister Dmytro Kuleba',
    ministry: 'the Ukrainian Foreign Ministry',
    capital: 'Kyiv',
    military: 'Ukrainian forces',
  },
  {
    country: 'France',
    leader: 'President Emmanuel Macron',
    minister: 'Foreign Minister Jean-Yves Le Drian',
    ministry: 'the French Foreign Ministry',
    capital: 'Paris',
    military: 'French troops',
  },
  {
    country: 'Germany',
    leader: 'Chancellor Olaf Scholz',
    minister: 'Foreign Minister Annalena Baerbock',
    ministry: 'the German Foreign Office',
    capital: 'Berlin',
    military: 'German soldiers',
  },
  {
    country: 'Britain',
    leader: 'Prime Minister Boris Johnson',
    minister: 'Foreign Secretary Liz Truss',
    ministry: 'the Foreign Office',
    capital: 'London',
    military: 'British troops',
  },
  {
    country: 'Belarus',
    leader: 'President Alexander Lukashenko',
    minister: 'Foreign Minister Vladimir Makei',
    ministry: 'the Belarusian Foreign Ministry',
    capital: 'Minsk',
    military: 'Belarusian units',
  },
  {
    country: 'Poland',
    leader: 'President Andrzej Duda',
    minister: 'Foreign Minister Zbigniew Rau',
    ministry: 'the Polish Foreign Ministry',
    capital: 'Warsaw',
    military: 'Polish troops',
  },
];

const ORGANISATIONS = ['NATO', 'the European Union', 'the OSCE', 'the United Nations'] as const;
const OUTLETS = [
  'Meridian',
  'Harbor Daily',
  'Global Digest',
  'Eastern Ledger',
  'Frontline Wire',
  'Northern Broadcast',
  'Newsmill',
  'Policy Review',
  'Capital Times',
  'Steppe Observer',
] as const;
const PLACES = [
  'Donetsk',
  'Luhansk',
  'Horlivka',
  'Avdiivka',
  'Shchastia',
  'Stanytsia Luhanska',
  'Mariupol',
  'Popasna',
  'Marinka',
  'Svitlodarsk',
  'Debaltseve',
  'Kramatorsk',
] as const;
const TOPICS = [
  'security guarantees',
  'the Minsk agreements',
  'troop deployments near the border',
  'arms control',
  'NATO enlargement',
  'gas supplies',
  'sanctions',
  'the ceasefire',
  'humanitarian corridors',
  'military exercises',
] as const;
const SAID = [
  'said',
  'told reporters',
  'said in a statement',
  'wrote on social media',
  'told a briefing',
  'said in a televised address',
] as const;
const ADJECTIVES = [
  'frank',
  'difficult',
  'substantive',
  'tense',
  'businesslike',
  'constructive',
  'lengthy',
  'brief',
] as const;
const WEAPONS = [
  'artillery',
  'mortars',
  'heavy machine guns',
  'multiple rocket launchers',
  'grenade launchers',
  'drones',
] as const;
const FILLER = [
  'Analysts said the coming days would show whether diplomacy could still avert a wider conflict.',
  'Markets in the region fell on the news, and the currency weakened against the dollar.',
  'The remarks came as officials prepared for another round of consultations later in the month.',
  'Residents near the line of contact described a sleepless night in basements and shelters.',
  'Diplomats cautioned that the positions of the two sides remained far apart on core issues.',
  'The statement did not say what steps would follow if the demands were not met.',
  'Satellite images published this week appeared to show new field hospitals near the border.',
  'Opposition lawmakers called for an urgent session of parliament to discuss the situation.',
  'Humanitarian groups warned that water and power supplies to several towns had been cut.',
  'A spokesperson declined to comment on what was discussed in the closed part of the meeting.',
  'Energy prices rose sharply in Europe as traders weighed the risk of supply disruptions.',
  'Officials said further talks were possible but gave no date for a new meeting.',
] as const;

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

function dateline(random: Random, date: Date, outlet: string): string {
  const city = pick(random, PARTIES).capital.toUpperCase();
  return `${city}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${outlet}) - `;
}

function twoParties(random: Random): [Party, Party] {
  const a = pick(random, PARTIES);
  let b = pick(random, PARTIES);
  while (b === a) b = pick(random, PARTIES);
  return [a, b];
}

/** One paragraph of a given kind, with its own actors and numbers. */
function paragraph(random: Random): string {
  const [a, b] = twoParties(random);
  const place = pick(random, PLACES);
  const said = pick(random, SAID);
  switch (between(random, 0, 7)) {
    case 0:
      return `${a.leader} spoke by phone with ${b.leader} on ${pick(random, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])}, discussing ${pick(random, TOPICS)}. The ${pick(random, ADJECTIVES)} conversation lasted about ${between(random, 30, 120)} minutes, ${a.ministry} ${said}.`;
    case 1:
      return `${a.ministry} accused ${b.country} of ${pick(random, ['provoking an escalation', 'violating the ceasefire', 'spreading disinformation', 'preparing a provocation', 'ignoring its security concerns'])}. "${pick(random, ['This is unacceptable', 'We will not tolerate this', 'Such actions have consequences', 'The responsibility lies entirely with them'])}," ${a.minister} ${said}.`;
    case 2:
      return `The monitoring mission recorded ${between(random, 40, 1500)} ceasefire violations, including ${between(random, 10, 900)} explosions, in the ${pick(random, ['Donetsk', 'Luhansk'])} region over the past ${pick(random, ['24 hours', 'day', 'weekend'])}. Positions near ${place} came under fire from ${pick(random, WEAPONS)}, and ${between(random, 1, 9)} civilians were reported ${pick(random, ['wounded', 'killed', 'injured'])}.`;
    case 3:
      return `${a.minister} warned that ${a.country} would respond with ${pick(random, ['severe sanctions', 'military-technical measures', 'unprecedented economic measures', 'additional deployments'])} if ${b.country} ${pick(random, ['moved troops closer', 'rejected the proposals', 'escalated further', 'crossed the border'])}, ${said}.`;
    case 4:
      return `${a.country} ${pick(random, ['will send', 'has deployed', 'announced it would move', 'began moving'])} ${between(random, 1, 9) * 1000} additional ${pick(random, ['troops', 'soldiers', 'paratroopers'])} to ${pick(random, ['Poland', 'Romania', 'the Baltic states', 'Germany', 'the border area'])}, ${a.ministry} ${said}, while ${b.military} ${pick(random, ['held drills', 'returned to their bases', 'stayed on high alert'])} near ${pick(random, PLACES)}.`;
    case 5:
      return `${a.leader} met ${b.minister} in ${a.capital} for talks on ${pick(random, TOPICS)}. ${pick(random, ORGANISATIONS)} ${pick(random, ['welcomed', 'cautiously welcomed', 'criticised', 'noted'])} the meeting, saying dialogue remained the only way forward.`;
    case 6:
      return `${a.country} ${pick(random, ['expelled', 'summoned', 'recalled'])} ${pick(random, ['a senior diplomat', 'the ambassador', 'the deputy chief of mission', 'two embassy staff'])} of ${b.country} on ${pick(random, MONTHS)} ${between(random, 1, 28)}, calling the move a response to ${pick(random, ['unfriendly actions', 'a hostile campaign', 'earlier expulsions'])}.`;
    default:
      return `${b.ministry} rejected the accusations as ${pick(random, ['baseless', 'absurd', 'a fabrication', 'propaganda'])} and denied that ${b.military} had fired on ${place}. ${pick(random, FILLER)}`;
  }
}

export interface GeneratedDocument {
  url: string;
  title: string;
  source: string;
  published: string;
  text: string;
}

const START = Date.UTC(2021, 10, 1);

/** Document number `n` of the stream seeded with `seed` (2-6 KB of text). */
export function generateDocument(random: Random, n: number): GeneratedDocument {
  const outlet = pick(random, OUTLETS);
  const date = new Date(START + between(random, 0, 150) * 86_400_000);
  const published = date.toISOString().slice(0, 10);
  const target = between(random, 2000, 6000);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const p = random() < 0.2 ? pick(random, FILLER) : paragraph(random);
    paragraphs.push(p);
    length += p.length + 2;
  }
  paragraphs[0] = dateline(random, date, outlet) + paragraphs[0];
  const [a, b] = twoParties(random);
  const title = `${a.country.replace(/^the /, '')} and ${b.country.replace(/^the /, '')}: ${pick(random, TOPICS)} (${n})`;
  return {
    url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/${published}/${n}`,
    title,
    source: outlet,
    published,
    text: paragraphs.join('\n\n'),
  };
}

/** Lazily yields documents for a seed; unbounded. */
export function* generateDocuments(seed = 1): Generator<GeneratedDocument> {
  const random = seededRandom(seed);
  for (let n = 1; ; n += 1) yield generateDocument(random, n);
}

export interface GenerateOptions {
  /** Stop once the file holds at least this many bytes. */
  bytes?: number;
  /** Or stop after this many documents. */
  documents?: number;
  seed?: number;
}

/** Writes JSON Lines of generated documents to `file`; returns documents and bytes written. */
export async function writeCorpus(
  file: string,
  options: GenerateOptions,
): Promise<{ documents: number; bytes: number }> {
  const out = createWriteStream(file);
  let bytes = 0;
  let documents = 0;
  const maxBytes = options.bytes ?? Infinity;
  const maxDocs = options.documents ?? Infinity;
  for (const doc of generateDocuments(options.seed ?? 1)) {
    if (bytes >= maxBytes || documents >= maxDocs) break;
    const line = `${JSON.stringify(doc)}\n`;
    bytes += Buffer.byteLength(line);
    documents += 1;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { documents, bytes };
}
