// Acts never found and false alarms (sixteenth round): ordinary wire phrasings, one class each,
// counted among the "no trigger" misses and false positives of the check sets and in stored wire
// news of several crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { sentenceCoder } from './sentence-coder.test-util.js';
import { appositionClose } from './triggers.js';

const code = sentenceCoder('dclass16', '2024-05-14');

describe('captives freed by name or nationality', () => {
  it('"freed" with any person as its object is a release (RETREAT)', () => {
    expect(code('Belarus freed the Lithuanian journalist Ona Petraitis on Tuesday.')).toContain(
      'RETREAT BLR > LTU',
    );
    expect(code('Venezuela freed six Americans on Saturday.')).toContain('RETREAT VEN > USA');
  });

  it('"freed up" money or space is no release', () => {
    expect(code('The budget deal freed up funds for Kenya on Monday.')).toEqual([]);
  });
});

describe('ground taken back', () => {
  it('forces taking, winning or wresting a place back attack', () => {
    expect(code('Malian troops took back the airport of Gao from jihadist fighters.')).toContain(
      'ASSAULT MLI > MLI',
    );
    expect(code("Chad's army said it had wrested the oasis town back from the rebels.")).toContain(
      'ASSAULT TCD > TCD',
    );
  });

  it('a minister taking back his words attacks nothing', () => {
    expect(code("Kenya's foreign minister took back his remarks on Monday.")).toEqual([]);
  });
});

describe('vessels sunk', () => {
  it('sinking a warship or a boat is an attack', () => {
    expect(code('Ukrainian naval drones sank a Russian patrol boat off Crimea.')).toContain(
      'ASSAULT UKR > RUS',
    );
  });

  it('prices and moods that sank are no attack', () => {
    expect(code('Turkish shares sank to a record low on Monday.')).toEqual([]);
  });
});

describe('warning shots', () => {
  it('firing warning shots threatens, it does not attack', () => {
    const coded = code('Indian guards fired warning shots at Pakistani troops near the line.');
    expect(coded).toContain('THREATEN IND > PAK');
    expect(coded).not.toContain('ASSAULT IND > PAK');
  });
});

describe('borders and crossings closed with a neighbour', () => {
  it('a border closed "with" a state sanctions that state', () => {
    expect(code('Uganda closed its border with Rwanda on Monday.')).toContain('SANCTION UGA > RWA');
    expect(code('Thailand sealed all land crossings with Myanmar.')).toContain(
      'SANCTION THA > MMR',
    );
  });
});

describe('price caps imposed', () => {
  it("a cap or ceiling imposed on a state's exports sanctions it", () => {
    expect(code('The European Union imposed a price cap on Iranian crude on Friday.')).toContain(
      'SANCTION EU > IRN',
    );
  });
});

describe('emergency rule approved by another verb than "declare"', () => {
  it('a state of emergency approved or endorsed is coercion, not support', () => {
    const coded = code("Peru's congress endorsed a 60-day state of emergency in Lima on Sunday.");
    expect(coded).toContain('COERCE PER > PER');
    expect(coded.some((c) => c.startsWith('SUPPORT'))).toBe(false);
  });
});

describe('resignations told by a noun', () => {
  it('a resignation handed in or tendered is a retreat', () => {
    expect(code("Haiti's prime minister tendered his resignation on Thursday.")).toContain(
      'RETREAT HTI > HTI',
    );
  });
});

describe('laws struck down (other sense of "strike")', () => {
  it('a court striking down a law or a deal neither attacks nor agrees', () => {
    expect(
      code("Kenya's High Court struck down the government's deal with an Indian firm."),
    ).toEqual([]);
  });
});

describe('rescue searches (other sense of "search")', () => {
  it('teams searching for survivors coerce no one', () => {
    expect(
      code('Greek and Italian rescue teams reached the town on Monday to search for survivors.'),
    ).toEqual([]);
  });
});

describe('buildings broken into', () => {
  it('a crowd breaking into a legislature protests', () => {
    expect(code("Protesters broke into Peru's Congress on Thursday night.")).toContain(
      'PROTEST PER > PER',
    );
  });

  it('a car bursting into flames breaks into nothing', () => {
    expect(code('A Kenyan police car burst into flames near the border.')).toEqual([]);
  });
});

describe('blame laid on someone', () => {
  it('putting or laying the blame on a state accuses it', () => {
    expect(code('Britain laid the blame for the cyber attack on Moscow.')).toContain(
      'ACCUSE GBR > RUS',
    );
  });
});

describe('missiles rained on a place', () => {
  it('raining missiles or shells on a country is an attack', () => {
    expect(code('Russia rained missiles on power plants across Ukraine overnight.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });
});

describe('"hit back ... by": a retort told by its means', () => {
  it('"hit back" followed by its means is no attack', () => {
    expect(
      code('Serbia hit back within hours by expelling the Croatian ambassador.'),
    ).not.toContain('ASSAULT SRB > HRV');
  });

  it('a threat to hit back at an attack stays a threat', () => {
    expect(code('Iran said it would hit back within minutes at any Israeli attack.')).toContain(
      'THREATEN IRN > ISR',
    );
  });
});

describe('acts in a question ("whether")', () => {
  it('an act asked about is no act', () => {
    expect(
      code('Asked whether Japan would send troops to Ukraine, a spokesman declined to comment.'),
    ).toEqual([]);
    expect(code('It was unclear whether Turkish forces would cross into Syria.')).toEqual([]);
  });

  it('the act of the clause after the question is kept', () => {
    expect(
      code('Asked whether talks would resume, Iran said it would retaliate against Israel.'),
    ).toContain('THREATEN IRN > ISR');
  });
});

describe('other senses: laws signed, markets attacked, blows dealt', () => {
  it('a bill signed into law is no agreement with anyone', () => {
    expect(code("Kenya's president signed into law a bill raising fuel taxes.")).toEqual([]);
  });

  it('an assault on a market or a chess king is no attack', () => {
    expect(
      code(
        "Japan's Toyota launched an all-out assault on the budget car market in India on Monday.",
      ),
    ).toEqual([]);
    expect(code('Russia launched a fierce attack on Kharkiv on Sunday.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });

  it('"dealing a blow" to a side is no accusation', () => {
    const coded = code('Malian troops retook the town of Kidal, dealing a blow to Tuareg rebels.');
    expect(coded.some((c) => c.startsWith('ACCUSE'))).toBe(false);
  });
});

describe("an apposition inside a pattern's gap", () => {
  it('a name with its apposition counts as one word of the gap', () => {
    expect(
      code(
        'Thai police placed Somchai Wongsawat, a former prime minister and close ally of the opposition, under house arrest.',
      ),
    ).toContain('COERCE THA > THA');
  });

  it('a relative clause or a list of names is no apposition', () => {
    const closeAt = (text: string) => {
      const tokens = analyse(text)[0]!.tokens;
      return appositionClose(
        tokens,
        tokens.findIndex((t) => t.lower === ','),
      );
    };
    expect(closeAt('placed Somchai Wongsawat, a former prime minister, under arrest')).toBe(8);
    expect(closeAt('placed Somchai Wongsawat, who had returned, under arrest')).toBe(-1);
    expect(closeAt('expelled envoys of Argentina, Chile and Peru from Caracas')).toBe(-1);
  });
});

describe('aid packages announced', () => {
  it('an aid or weapons package announced is aid, not a sanction', () => {
    const coded = code('Canada announced a new $300 million military aid package for Ukraine.');
    expect(coded).toContain('AID CAN > UKR');
    expect(coded).not.toContain('SANCTION CAN > UKR');
    expect(code('Washington unveiled a package of weapons for Taiwan on Friday.')).toContain(
      'AID USA > TWN',
    );
  });

  it('a sanctions package stays a sanction', () => {
    expect(code('The EU announced a new package of sanctions against Russia.')).toContain(
      'SANCTION EU > RUS',
    );
  });
});
