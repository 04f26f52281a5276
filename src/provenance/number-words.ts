// Numbers written in words, read as the digits a copy may write in their place. Wire style spells
// out a number that opens a sentence ("Sixty search specialists", "Thirty-six people were
// reported dead") and the numbers below ten, also inside a compound modifier ("a four-person
// team", "a six-year-old girl"); the site that copies it, or the agency's next version, writes
// "60 search specialists", "36 people" and "a 4-person team". Read as words, the two versions'
// aligned sentences disagreed on a number (real set 13: a government release's rewrite and an
// outlet's blend of it, each refused by the other's "Sixty"/"60" and "four-person"/"4-person").

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const TEENS = 'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Each number word to its digits: zero to nineteen, and the tens. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ...UNITS.map((w, i) => [w, String(i)] as const),
  ...TEENS.map((w, i) => [w, String(13 + i)] as const),
  ...TENS.map((w, i) => [w, String(20 + 10 * i)] as const),
]);

const TEN_VALUES: ReadonlyMap<string, number> = new Map(TENS.map((w, i) => [w, 20 + 10 * i]));
const DIGIT_VALUES: ReadonlyMap<string, number> = new Map(
  UNITS.slice(1, 10).map((w, i) => [w, i + 1]),
);

/**
 * The number a lower-case word opens with, and what follows it in a hyphenated compound:
 * "sixty" is 60 and nothing, "thirty-six" 36, "four-person" 4 and "person", "thirty-six-year-old"
 * 36 and "year-old". Undefined for a word that does not open with a number word. "One" alone is
 * not read (a pronoun as often as a number: "one of the victims"), nor at the head of a compound
 * ("one-sided", "one-off"); inside a tens compound ("twenty-one") it is.
 */
export function spelledNumber(lower: string): { digits: string; rest: string } | undefined {
  const parts = lower.split('-');
  const head = parts[0]!;
  const tens = TEN_VALUES.get(head);
  const unit = parts.length > 1 ? DIGIT_VALUES.get(parts[1]!) : undefined;
  if (tens !== undefined && unit !== undefined)
    return { digits: String(tens + unit), rest: parts.slice(2).join('-') };
  const digits = NUMBER_WORDS.get(head);
  if (digits === undefined || head === 'one') return undefined;
  return { digits, rest: parts.slice(1).join('-') };
}
