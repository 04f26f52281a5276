// "Congo accused Rwandan troops of firing mortar shells at its positions", "Kabul blamed
// Islamabad for arming the militants", "the UN condemned the junta for firing on protesters": the
// act alleged (or judged) is told by a gerund after "of" (or "for") that follows the one accused,
// right after a verb of blame (word class `blame-verbs`) or, before "for", a verb that judges a
// known act (`judging-verbs`). The tagger reads several such gerunds as nouns or adjectives
// ("firing", "opening", "arming", "funding", "planting", "striking"), with the "-ing" form for
// lemma, so no verb pattern was looked up and the act (coded claimed after blame, gold README
// "Reported speech"; done after judging) was lost. There the word is the verb: the trigger finder
// reads it so, as it does for means gerunds (means-gerunds.ts).
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** At most this many words name the one accused (and a time) between the verb and "of". */
const ACCUSED_REACH = 8;
/** Tags of the words that may stand between the verb of blame and its "of" or "for". */
const ACCUSED_POS: ReadonlySet<string> = new Set([
  'PROPN',
  'NOUN',
  'DET',
  'ADJ',
  'PART',
  'PRON',
  'NUM',
  'ADP',
  'CCONJ',
]);
/** Tags of a word that opens the gerund's object ("firing shells", "opening fire"). */
const OBJECT_START_POS: ReadonlySet<string> = new Set([
  'DET',
  'NUM',
  'PROPN',
  'NOUN',
  'ADJ',
  'PRON',
]);
/**
 * Prepositions by which the gerund aims at someone ("firing at its posts", "firing on"); not
 * "by" or "for", after which the "-ing" word is a stance ("accused of standing by").
 */
const AIMING = new Set(['at', 'on', 'upon', 'into', 'across', 'against', 'toward', 'towards']);
/** The prepositions by which a verb of blame names the act: "accused X of", "blamed X for". */
const ALLEGING = new Set(['of', 'for']);

/**
 * True when the token at `i`, tagged as no verb, is a gerund naming the act a verb of blame
 * alleges ("accused Rwandan troops of firing mortar shells", "accusing Kigali of arming the
 * rebels"), with an object or an aim of its own: it then reads as the verb. A second gerund
 * joined by "and" ("of arming and funding the rebels") is left: its doer was taken for the
 * accuser. "A firing squad" or "the opening of talks" stand after no verb of blame; "accused
 * him of striking" with nothing after is left a noun.
 */
export function accusedGerund(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos === 'VERB' || !t.lower.endsWith('ing')) return false;
  const next = tokens[i + 1];
  if (!next || !(OBJECT_START_POS.has(next.pos) || AIMING.has(next.lower))) return false;
  return ALLEGING.has(tokens[i - 1]?.lower ?? '') && blameBefore(tokens, i - 1);
}

/**
 * Whether a verb of blame stands before the preposition at `prep`, with only the phrase naming
 * the one accused (and perhaps a time: "accused each other on Wednesday of") between them.
 * "held ... responsible for" is blame only with "responsible".
 */
function blameBefore(tokens: readonly Token[], prep: number): boolean {
  const blame = classWords('blame-verbs');
  // "condemned the junta for firing on protesters": after a verb that judges a known act, "for"
  // names that act (word class `judging-verbs`; coded as done, not claimed: clauses.ts).
  const judging = tokens[prep]?.lower === 'for' ? classWords('judging-verbs') : null;
  for (let k = prep - 1; k >= 0 && k >= prep - 1 - ACCUSED_REACH; k--) {
    const w = tokens[k]!;
    if (w.pos === 'VERB') {
      if (judging?.has(w.lemma)) return true;
      if (!blame.has(w.lemma)) return false;
      return w.lemma !== 'hold' || tokens[prep - 1]?.lower === 'responsible';
    }
    if (!ACCUSED_POS.has(w.pos)) return false;
  }
  return false;
}

/** At most this many words of a time between "each other" and its "of" ("on Wednesday"). */
const TIME_REACH = 3;

/**
 * "Thailand and Cambodia accused each other on Wednesday of opening fire", "blamed one another
 * for shelling the villages": the act at `anchor`, alleged after a reciprocal accusation, is one
 * each side says the other did, so each member of the subject did it to the others (as the
 * accusation itself, `reciprocalObject` in clauses.ts).
 */
export function allegedReciprocally(tokens: readonly Token[], anchor: number): boolean {
  const prep = anchor - 1;
  if (!ALLEGING.has(tokens[prep]?.lower ?? '')) return false;
  for (let k = prep - 1; k >= 1 && k >= prep - 1 - TIME_REACH; k--) {
    const [a, b] = [tokens[k - 1]!.lower, tokens[k]!.lower];
    if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another')) {
      const verb = tokens[k - 2];
      return verb?.pos === 'VERB' && classWords('blame-verbs').has(verb.lemma);
    }
    if (!['ADP', 'NOUN', 'PROPN', 'DET', 'ADV'].includes(tokens[k]!.pos)) return false;
  }
  return false;
}
