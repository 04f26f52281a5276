// The object of a participle clause whose doer is the main clause's subject ("Chad closed its
// border with the Central African Republic, accusing the Central African army of ..."), and an
// object pronoun read as the doer itself ("spoke with Putin, urging him to ..."): the twenty-sixth
// round's role fixes (bound-pronouns.ts, coder.ts findRoles). Invented sentences of several crises.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dpob', '2025-03-12');

describe('objects of a participle clause after a main clause', () => {
  it('keeps an object of the state the main clause acted on', () => {
    expect(
      code(
        "Chad's government closed its border with the Central African Republic on Monday, accusing the Central African army of shelling a border post.",
      ),
    ).toContain('ACCUSE TCD > CAF');
    expect(
      code(
        'Kenya recalled its envoy from Somalia on Tuesday, accusing the Somali government of interfering in its elections.',
      ),
    ).toContain('ACCUSE KEN > SOM');
    expect(
      code(
        'Poland closed two crossings with Belarus on Sunday, accusing the Belarusian authorities of pushing migrants over the border.',
      ),
    ).toContain('ACCUSE POL > BLR');
  });

  it('keeps a capital named for its state', () => {
    expect(
      code(
        'Sudan severed diplomatic relations with the United Arab Emirates on Tuesday, accusing Abu Dhabi of supplying drones to the RSF.',
      ),
    ).toContain('ACCUSE SDN > ARE');
    expect(
      code(
        "Congo gave Rwanda's ambassador, Vincent Karega, 48 hours to leave the country on Saturday, accusing Kigali of backing the rebels.",
      ),
    ).toContain('ACCUSE COD > RWA');
  });

  it('leaves a participle whose object is of another state as it was', () => {
    expect(
      code(
        'Armenia pulled its ambassador out of Azerbaijan on Thursday, blaming the Azerbaijani army for the shelling of border villages.',
      ),
    ).toContain('ACCUSE ARM > AZE');
  });
});

describe('object pronouns never stand for the doer', () => {
  it('reads "him" as the one met, not the one urging', () => {
    expect(
      code(
        'Olaf Scholz spoke by telephone with Vladimir Putin on Friday, urging him to pull his troops out of Ukraine.',
      ),
    ).toContain('REQUEST DEU > RUS');
    expect(
      code(
        'Emmanuel Macron met Benjamin Netanyahu in Jerusalem on Tuesday, pressing him to allow more aid into Gaza.',
      ),
    ).toContain('REQUEST FRA > ISR');
  });

  it('reads "it" as the body ordered out, not the country left', () => {
    expect(
      code(
        "Niger's junta ordered the Red Cross to leave the country within a week, accusing it of contacts with armed groups.",
      ),
    ).toContain('ACCUSE NER > ICRC');
  });

  it('keeps a pronoun standing for another party of the same state', () => {
    expect(
      code(
        "Nigeria's Senate rejected President Bola Tinubu's request to send troops into Niger on Saturday, urging him instead to keep negotiating.",
      ),
    ).toContain('REQUEST NGA > NGA');
  });

  it('leaves pronouns read as another side as they were', () => {
    expect(
      code(
        'Algeria ordered the French ambassador to leave the country, accusing him of interference in its affairs.',
      ),
    ).toContain('ACCUSE DZA > FRA');
    expect(
      code(
        'The Kremlin summoned the British ambassador on Friday and accused him of provocations.',
      ),
    ).toContain('ACCUSE RUS > GBR');
    expect(
      code('Venezuela said it would never surrender, and accused Guyana of provoking it.'),
    ).toContain('ACCUSE VEN > GUY');
  });
});
