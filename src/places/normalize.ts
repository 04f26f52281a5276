// One way to turn a place name into a lookup key, used both for gazetteer names and for words
// found in text, so that "Kramators’k", "Kramatorsk" and "KRAMATORSK" meet, and so do
// "Stanytsya-Luhanska" and "Stanytsya Luhanska".

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ`‘]/g;
const SEPARATORS = /[\s\-‐–]+/g;

export function placeKey(name: string): string {
  let s = name;
  // Only pay for NFD when there is something outside ASCII (most news text is ASCII).
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(COMBINING_MARKS, '');
  return s.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim().toLowerCase();
}

/** Words that turn a name into a first-level region: "Donetsk region", "Idlib province". */
export const ADMIN_SUFFIXES = new Set([
  'region',
  'oblast',
  'province',
  'governorate',
  'krai',
  'kray',
  'republic',
  'state',
  'voblast',
]);

/** Plural forms, for "Donetsk and Luhansk regions". */
export const ADMIN_SUFFIXES_PLURAL = new Set([
  'regions',
  'oblasts',
  'provinces',
  'governorates',
  'krais',
  'republics',
  'states',
]);

/** The name of an admin-1 region without its type word: "Zhytomyr Oblast" -> "zhytomyr". */
export function adminBaseKey(name: string): string {
  const words = placeKey(name).split(' ');
  while (
    words.length > 1 &&
    (ADMIN_SUFFIXES.has(words[words.length - 1]!) || words[words.length - 1] === 'city')
  )
    words.pop();
  if (words.length > 1 && words[0] === 'republic' && words[1] === 'of') words.splice(0, 2);
  return words.join(' ');
}
