// Aid told as its cargo: "Twenty trucks of food sent by Jordan entered Gaza", "A Turkish aid
// convoy carrying tents reached northern Syria". The vehicles are the subject and their arrival
// the verb; the sender is AID's source and the state reached its target (PLOVER AID,
// humanitarian). A convoy of troops or tanks arriving is a move of forces, not aid.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/**
 * True when the phrase before `verb` carries aid (a word of `aid-goods`, also one of two words
 * such as "rescue teams"; none of `forces` beside the vehicle at `anchor`: "a ship" may carry
 * aid, "a convoy of tanks" is forces) and the verb tells its arrival (word class
 * `arrival-verbs`).
 */
export function cargoArrives(tokens: Token[], anchor: number, verb: number): boolean {
  const v = tokens[verb];
  if (!v || !classWords('arrival-verbs').has(v.lemma)) return false;
  const goods = classWords('aid-goods');
  const forces = classWords('forces');
  const phrase = tokens.slice(0, verb);
  const pair = (i: number): string => `${phrase[i]!.lower}_${phrase[i + 1]?.lower ?? ''}`;
  return (
    phrase.some((t, i) => goods.has(t.lower) || goods.has(t.lemma) || goods.has(pair(i))) &&
    !phrase.some((t, i) => i !== anchor && forces.has(t.lower) && !inName(phrase, i))
  );
}

/**
 * Whether the word at `i` is a capitalised word inside a name ("an Indian Air Force plane",
 * "the Rapid Support Forces"): the sender's name, not troops carried.
 */
function inName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return i > 0 && t.text[0] !== t.lower[0] && tokens[i - 1]!.text[0] !== tokens[i - 1]!.lower[0];
}
