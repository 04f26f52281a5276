// The other side of a fight told on the doer's own ground (sixteenth round). "Ukrainian troops
// recaptured the village of Robotyne in the Zaporizhzhia region ... the main Russian defensive
// belt", "Ukraine's army pulled its units out of Vuhledar ... Russian assaults", "North Korean
// troops crossed the demarcation line and withdrew, the Joint Chiefs in Seoul said": the place
// struck, taken or left is the doer's own country, but the act is one between two sides, and the
// sentence names the other. Put on the doer's own country for want of a target (no one named but
// a place of its own), such an act is aimed at the one other state the sentence names.
import type { PloverType } from '../records.js';
import type { ActorMention } from './mentions.js';
import type { Token } from '../nlp/analyse.js';
import { placeActor, rebelHeld, type RoleMention } from './places.js';
import { classWords } from './word-classes.js';

/** Acts between two armed sides: an attack, a move of forces, a withdrawal. */
const SIDED_FORCE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'RETREAT', 'MOBILIZE']);

/** Doers that fight at home: rebels, insurgents, gangs. */
const INSURGENT_SECTORS: ReadonlySet<string> = new Set(['REB', 'CRM']);
/** Sectors of a state's fighting arms: its forces, its government, its spies. */
const FIGHTING_SECTORS: ReadonlySet<string> = new Set(['MIL', 'GOV', 'SPY', 'COP']);
/**
 * A party the sentence names as fighting: a state's forces or government ("Russia's Black Sea
 * Fleet", "South Korean troops"), or its adjective on its fighting ("repeated Russian armoured
 * assaults", "the main Russian defensive belt"). Not a state named as a place, a market or a
 * broker ("roads that carry trade to China", "the Thai border").
 */
function fightingParty(tokens: Token[], m: ActorMention): boolean {
  if (m.kind !== 'organisation' && FIGHTING_SECTORS.has(m.actor.sector)) return true;
  if (!m.adjectiveOnly) return false;
  const fighting = classWords('fighting-words');
  for (let k = m.last + 1; k <= m.last + 2; k++)
    if (fighting.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * The other side of a force act put on its doer's own country, when the sentence names exactly
 * one other state as a fighting party (`fightingParty`); null otherwise.
 */
export function otherSideOnOwnGround(
  type: PloverType,
  doer: RoleMention,
  tokens: Token[],
  mentions: ActorMention[],
  trigger: { anchor: number },
  ceiling: number,
): RoleMention | null {
  const root = doer.actor.root;
  if (!SIDED_FORCE.has(type) || root === '') return null;
  // Rebels fight at home, and a state's forces taking what rebels hold fight their own country
  // ("Burmese troops captured a guerrilla stronghold on the Thai border").
  if (INSURGENT_SECTORS.has(doer.actor.sector) || rebelHeld(tokens, trigger.anchor, ceiling))
    return null;
  // A sentence about rebels or a breakaway region tells of a civil war, whoever else it names
  // ("Georgian forces launched an offensive to retake Tskhinvali, the capital of the breakaway
  // region", beside "Russian jets bombed Gori").
  const insurgent = classWords('insurgent-words');
  const secession = classWords('secession-words');
  if (tokens.some((t) => insurgent.has(t.lower) || secession.has(t.lower))) return null;
  const others = new Set(
    mentions
      .filter(
        (m) =>
          m.actor.root !== '' &&
          m.actor.root !== root &&
          !m.pronoun &&
          !m.locative &&
          m.kind !== 'person' &&
          fightingParty(tokens, m),
      )
      .map((m) => m.actor.root),
  );
  if (others.size !== 1) return null;
  return placeActor([...others][0]!);
}
