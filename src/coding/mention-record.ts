// Role mentions made by one function, every field present in one order (the optional ones
// undefined when not set), so that all of them share one shape. Copies made with spread syntax
// (`{ ...m, actor }`) took a shape of their own for each shape they were copied from, and a
// mention met in a shape the coder's optimised functions had not seen threw their compiled code
// away, to be compiled again (docs/scale.md, speed24). Nothing changes a mention once made.
import type { RoleMention } from './places.js';

/** A mention with every field of the record: the optional ones may be left out of `f`. */
export function mentionRecord(f: RoleMention): RoleMention {
  return {
    first: f.first,
    last: f.last,
    actor: f.actor,
    kind: f.kind,
    pronoun: f.pronoun,
    adjectiveOnly: f.adjectiveOnly,
    plural: f.plural,
    locative: f.locative,
    modifier: f.modifier,
    partner: f.partner,
    antecedent: f.antecedent,
    fromPlace: f.fromPlace,
  };
}

/** `m` with the fields of `change` replaced, as `{ ...m, ...change }` gives. */
export function mentionWith(m: RoleMention, change: Partial<RoleMention>): RoleMention {
  return {
    first: change.first ?? m.first,
    last: change.last ?? m.last,
    actor: change.actor ?? m.actor,
    kind: change.kind ?? m.kind,
    pronoun: change.pronoun ?? m.pronoun,
    adjectiveOnly: change.adjectiveOnly ?? m.adjectiveOnly,
    plural: change.plural ?? m.plural,
    locative: change.locative ?? m.locative,
    modifier: 'modifier' in change ? change.modifier : m.modifier,
    partner: 'partner' in change ? change.partner : m.partner,
    antecedent: 'antecedent' in change ? change.antecedent : m.antecedent,
    fromPlace: 'fromPlace' in change ? change.fromPlace : m.fromPlace,
  };
}
