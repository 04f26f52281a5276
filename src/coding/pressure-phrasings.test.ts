// Wire phrasings of pressure, protest and refusal that no pattern covered (issue #15): one class
// each, seen in reports of several crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('act19', '2024-03-05');

describe('a court ordering a state to act', () => {
  it('codes an international court ordering a state as a demand on it', () => {
    expect(
      code('The International Court of Justice ordered Azerbaijan to reopen the Lachin corridor.'),
    ).toContain('REQUEST UN > AZE');
  });

  it('codes nothing when the court orders no one named', () => {
    expect(code('A court in Warsaw ordered a new trial on Friday.')).toEqual([]);
  });
});

describe('an official arriving in a foreign capital', () => {
  it('codes a minister or leader arriving in a capital as a visit to its state', () => {
    expect(code('Foreign Minister Wang Yi arrived in Moscow on Tuesday.')).toContain(
      'CONSULT CHN > RUS',
    );
  });

  it('leaves refugees and troops arriving alone', () => {
    expect(code('The first refugees arrived in Poland on Tuesday.')).toEqual([]);
    expect(code('Troops arrived in Kyiv on Tuesday.')).toEqual([]);
  });
});

describe('red lines and force not excluded', () => {
  it('codes an act that would cross a red line, said of another, as a threat', () => {
    expect(code('Beijing warned that arms sales to Taiwan would cross a red line.')).toContain(
      'THREATEN CHN > TWN',
    );
  });

  it('codes force not excluded as a threat, and force excluded as a refusal', () => {
    expect(
      code('Nigeria said it would not exclude the use of force against the junta in Niger.'),
    ).toContain('THREATEN NGA > NER');
    expect(
      code('Nigeria said it would not exclude the use of force against the junta in Niger.'),
    ).not.toContain('REJECT NGA > NER');
  });

  it('codes a red line crossed in the past, said by an analyst, as nothing', () => {
    expect(code('Analysts said Russia had crossed a red line in Ukraine.')).toEqual([]);
  });
});

describe('an embassy or consulate suspended', () => {
  it("codes the work of a state's mission suspended in another state as a sanction", () => {
    expect(code('Lithuania suspended the work of its consulate in St Petersburg.')).toContain(
      'SANCTION LTU > RUS',
    );
  });

  it('leaves the work of a commission suspended alone', () => {
    expect(code('Russia suspended the work of the joint commission.')).toEqual([]);
  });
});

describe('regret and concern conveyed', () => {
  it("codes regret at another's decision as criticism", () => {
    expect(code('Germany said it regretted the decision by the United States.')).toContain(
      'ACCUSE DEU > USA',
    );
  });

  it('codes concern conveyed to a state as criticism, a message relayed as nothing', () => {
    expect(code("Japan's defence ministry conveyed its concern to Beijing.")).toContain(
      'ACCUSE JPN > CHN',
    );
    expect(code('Egypt said it had relayed the message to Hamas.')).toEqual([]);
  });
});

describe('patrols and drills staged or overseen', () => {
  it('codes a patrol staged or a drill overseen as a show of force', () => {
    expect(code('China conducted a combat patrol near Scarborough Shoal.')).toContain(
      'MOBILIZE CHN > CHN',
    );
    expect(code('Kim Jong Un oversaw a drill of tactical nuclear units.')).toContain(
      'MOBILIZE PRK > PRK',
    );
  });

  it("leaves another state's drill observed alone", () => {
    expect(code('Japanese officers observed the exercises as guests.')).toEqual([]);
  });
});

describe('critics branded, people rounded up', () => {
  it('codes a person branded a foreign agent or traitor as an accusation', () => {
    expect(code("Russia's interior ministry labelled Kaja Kallas a foreign agent.")).toContain(
      'ACCUSE RUS > EST',
    );
  });

  it('codes people rounded up as coercion, figures rounded up as nothing', () => {
    expect(code('Police in Moscow rounded up dozens of protesters on Wednesday.')).toContain(
      'COERCE RUS > RUS',
    );
    expect(code('The statistics office rounded up the figures to the nearest thousand.')).toEqual(
      [],
    );
  });
});
