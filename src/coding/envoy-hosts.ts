// An envoy summoned or expelled in the passive, with no agent, was summoned by the state that
// hosts the envoy: "The French ambassador to Bamako was summoned and notified ...", "Israel's
// envoy to Ankara was expelled on Monday". Wire copy names the post ("to Bamako", "in Ankara")
// and leaves out the agent, which the post names; without it the act had an unknown doer, which
// no analyst can use and the gold never codes.
import type { PloverType } from '../records.js';
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { PlaceAt, RoleMention } from './places.js';
import { placeActor } from './places.js';

/** Acts a host state does to an envoy it receives: summoning, expelling, holding. */
const HOST_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'SANCTION', 'COERCE']);
/** Words that name an envoy's post after the envoy ("ambassador to Mali", "envoy in Kabul"). */
const POST_WORDS: ReadonlySet<string> = new Set(['to', 'in']);

/**
 * The host of the envoy among `targets` (a diplomat, sector DIP, of a named state) whose post the
 * words right after "ambassador"/"envoy" name: a state or a place of another state than the
 * envoy's. Null for other acts, or when no post is named.
 */
export function envoyHost(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  places: readonly PlaceAt[],
  type: PloverType,
  targets: readonly ActorMention[],
): RoleMention | null {
  if (!HOST_TYPES.has(type)) return null;
  for (const m of targets) {
    if (m.actor.sector !== 'DIP' || !m.actor.root) continue;
    for (let k = m.first; k <= m.last + 1 && k < tokens.length; k++) {
      if (!POST_WORDS.has(tokens[k]!.lower)) continue;
      const state = mentions.find(
        (o) => o.first === k + 1 && o.kind === 'state' && o.actor.root !== m.actor.root,
      );
      if (state) return state;
      const place = places.find((p) => p.first === k + 1 && p.place.country);
      if (place && place.place.country !== m.actor.root) return placeActor(place.place.country);
    }
  }
  return null;
}
