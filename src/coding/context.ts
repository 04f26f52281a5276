// What a document's earlier sentences said of who is where, for actors a sentence names by sector
// alone ("the rebels", "government forces", "human rights groups"): a story about one country
// names it once, in its lead, and then says "the rebels" for that country's rebels.
import type { ActorMention } from './mentions.js';

export class DocumentContext {
  /** The last root given to each sector by a mention that named both ("Colombian rebels"). */
  private readonly bySector = new Map<string, string>();
  /**
   * How often each root was named by a state word, alone or in a phrase ("Iraqi police",
   * "police in Cairo"), and when first. People are left out: a visitor is named as often.
   */
  private readonly named = new Map<string, { count: number; first: number }>();
  private seen = 0;
  /** The main subject of the sentence noted last, when it had a country ("Poland said ..."). */
  private subject: ActorMention | null = null;

  /**
   * Takes a finished sentence's mentions into account (call after the sentence is coded), with
   * its main subject (`mainSubject`, clauses.ts), if any.
   */
  note(mentions: readonly ActorMention[], subject: ActorMention | null = null): void {
    this.subject = subject?.actor.root ? subject : null;
    for (const m of mentions) {
      if (m.pronoun || !m.actor.root) continue;
      if (m.kind === 'person' || m.kind === 'organisation') continue;
      if (m.actor.sector) this.bySector.set(m.actor.sector, m.actor.root);
      const n = this.named.get(m.actor.root);
      if (n) n.count++;
      else this.named.set(m.actor.root, { count: 1, first: this.seen++ });
    }
  }

  /** The main subject of the sentence before (null when it had none with a country). */
  previousSubject(): ActorMention | null {
    return this.subject;
  }

  /**
   * The country of an actor named by its sector only: the one an earlier mention of the same
   * sector had, else the state the document named most (the first of equals: the lead's). A
   * second country named in between by another sector ("France said it would send troops")
   * changes neither.
   */
  rootFor(sector: string): string {
    const same = sector ? this.bySector.get(sector) : undefined;
    if (same) return same;
    let best = '';
    let top = { count: 0, first: Infinity };
    for (const [root, n] of this.named) {
      if (n.count > top.count || (n.count === top.count && n.first < top.first)) {
        best = root;
        top = n;
      }
    }
    return best;
  }
}

/** Kinds of mention that name a country's own people or offices (not a body above states). */
const NATIONAL_KINDS: ReadonlySet<string> = new Set(['state', 'office', 'person']);

/**
 * The one country a sentence names, through its actors and the places it names ("Tunisia's
 * president suspended parliament, and the speaker called on Tunisians ...": TUN); '' when it
 * names none, several, or a body above states ("the UN envoy"). Actors the sentence names by
 * sector alone ("the speaker", "the army chief", "security forces") are most likely that
 * country's: a story about a domestic crisis names the country once.
 */
export function soleCountry(
  mentions: readonly ActorMention[],
  placeCountries: readonly string[],
): string {
  const roots = new Set<string>(placeCountries.filter((c) => c));
  let byState = roots.size > 0;
  for (const m of mentions) {
    if (!m.actor.root) continue;
    if (!NATIONAL_KINDS.has(m.kind)) return '';
    roots.add(m.actor.root);
    if (m.kind !== 'person') byState = true;
  }
  return roots.size === 1 && byState ? [...roots][0]! : '';
}
