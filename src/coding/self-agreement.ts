// A state does not agree with itself. PLOVER's AGREE is a promise or an accord between parties;
// a state's or its government's announcement of its own act with no counterpart named ("Iran
// agreed to let inspectors return", "the minister promised to democratise the country", "Ankara
// is ready to send personnel") is AGREE with no target (the PLOVER gold codes "promised to
// democratise Serbia" SRB -> ""), never X -> X. The own country came in as a target by a
// possessive ("its nuclear sites"), a place of its own ("invited him to visit Pyongyang") or the
// fallback that puts untargeted domestic acts on the actor's country.
//
// A party of another kind keeps its state as the other side: rebels, an opposition, protesters
// or refugees agreeing with (or being promised something by) their government are two parties
// of one country ("the opposition agreed to postpone the rally": AZE OPP -> AZE; "the army and
// the RSF agreed to a truce": SDN MIL -> SDN REB).
import { OWN_APPARATUS } from './defaults.js';
import type { RoleMention } from './places.js';

/**
 * The targets of an AGREE by `sources` with the doers' own state left out: a target of a doer's
 * root when both the doer and the target act as the state (sectors of `OWN_APPARATUS`).
 */
export function agreementCounterparts(
  sources: readonly RoleMention[],
  targets: readonly RoleMention[],
): RoleMention[] {
  return targets.filter((t) => !sources.some((s) => sameState(s, t)));
}

function sameState(source: RoleMention, target: RoleMention): boolean {
  return (
    source.actor.root !== '' &&
    source.actor.root === target.actor.root &&
    OWN_APPARATUS.has(source.actor.sector) &&
    OWN_APPARATUS.has(target.actor.sector)
  );
}
