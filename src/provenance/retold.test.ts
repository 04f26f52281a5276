// Two reports of one statement (sixteenth round): a short report that retells an aviation
// board's statement in its own words, sentence by sentence, and a longer report that quotes it
// align on the statement's names and words like a reworded copy, but each tells it as its own;
// they stay apart. A rewrite of the longer report, reworded as far but aligned on the reporter's
// own sentences (the scene, a witness, the crews), still joins. Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string[], b: string[]) =>
  checkPair(tokenize(a.join('\n\n')), tokenize(b.join('\n\n')), th);

const report = [
  'A Kestrel Air passenger jet caught fire at Marlow airport on Friday evening, and dozens of people left it down the emergency slides onto the apron.',
  'Flight 512 from Dunmore had reported unusual engine vibrations before it was diverted to Marlow, the Civil Aviation Board said in a statement.',
  '"While the aircraft was taxiing to the stand, a fire broke out in its left engine," the Civil Aviation Board said.',
  'Anna Lorne, who was waiting for a connection at Marlow, said she filmed thick smoke rising over the terminal while passengers ran across the tarmac.',
  'Fire crews of Marlow airport put out the flames within minutes, and buses carried the passengers to the terminal building.',
  'The Civil Aviation Board said it would investigate the fire and the state of the engine.',
];

/** Another outlet's short report, built on the board's statement alone. */
const retold = [
  'On Friday evening a passenger jet of Kestrel Air went up in flames at the airport of Marlow, where it had been diverted, the Civil Aviation Board said.',
  'Before the diversion the crew of Flight 512 from Dunmore had told of unusual vibrations in an engine, according to the Civil Aviation Board.',
  "The aircraft's left engine caught fire while it was taxiing to its stand, the Civil Aviation Board said.",
  'Its passengers left the aircraft by the slides and nobody was hurt, the board said.',
  'The Civil Aviation Board will look into the incident.',
];

/** An aggregator's rewrite of the report: as far from its wording, on its own sentences. */
const rewritten = [
  'Dozens of people had to slide down onto the apron from a Kestrel Air passenger jet that caught fire on Friday evening at Marlow airport.',
  'Smoke rose thick over the terminal, and Anna Lorne, there for a connecting flight, filmed passengers running on the tarmac.',
  'The flames were out within minutes thanks to the fire crews of Marlow airport, and the passengers went on by bus to the terminal building.',
  "An inquiry into the fire and the engine's state will be opened by the Civil Aviation Board, it said.",
];

describe('two reports of one statement', () => {
  it('stay apart: they align where both tell what the board said, in words of their own', () => {
    const { comparison: c, verdict } = check(retold, report);
    // Aligned like a reworded copy...
    expect(c.alignedSentences).toBeGreaterThanOrEqual(3);
    expect(c.containment).toBeGreaterThanOrEqual(0.6);
    // ...mostly on sentences both attribute to the board, with little wording kept.
    expect(c.attributedAligned).toBeGreaterThanOrEqual(2);
    expect(c.wordingKept).toBeLessThan(0.6);
    expect(verdict.isCopy).toBe(false);
    expect(verdict.contradicts).toBe(false);
    expect(check(report, retold).verdict.isCopy).toBe(false);
  });

  it('a rewrite reworded as far, aligned on the reporter’s own sentences, still joins', () => {
    const { comparison: c, verdict } = check(rewritten, report);
    expect(c.wordingKept).toBeLessThan(0.6);
    expect(c.attributedAligned).toBeLessThanOrEqual(1);
    expect(verdict.isCopy).toBe(true);
    expect(check(report, rewritten).verdict.isCopy).toBe(true);
  });
});
