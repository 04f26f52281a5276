// Wire phrasings of threats, refusals, sanctions and mobilisation that no pattern covered (issue
// #15, trig21a): one class each, seen in reports of several crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('trig21a', '2024-03-05');

describe('a vow that a side would respond', () => {
  it('codes a vow that a state would respond or take revenge as a threat', () => {
    expect(code('Jordan vowed that the kingdom would respond firmly to the attack.')).toContain(
      'THREATEN JOR > ',
    );
    expect(code('Iran vowed it would take its revenge.')).toContain('THREATEN IRN > ');
  });

  it('codes a vow that attackers would face justice as a threat', () => {
    const acts = code(
      "Nigeria's president vowed that the killers of the villagers would be brought to justice.",
    );
    expect(acts.some((a) => a.startsWith('THREATEN NGA >'))).toBe(true);
    expect(acts.some((a) => a.startsWith('AGREE'))).toBe(false);
  });

  it('leaves a vow to keep a truce a promise', () => {
    const acts = code('Iran vowed that it would respect the ceasefire.');
    expect(acts.some((a) => a.startsWith('THREATEN'))).toBe(false);
    expect(acts.some((a) => a.startsWith('AGREE IRN'))).toBe(true);
  });
});

describe('a ruling, a result or aid not accepted', () => {
  it('codes a ruling or aid a state says it will not accept as a refusal', () => {
    expect(code('Serbia said on Friday it would not accept the verdict.')).toContain(
      'REJECT SRB > ',
    );
    expect(code('Eritrea said it would not accept aid from the United States.')).toContain(
      'REJECT ERI > USA',
    );
  });

  it('flags a refusal announced with "would not" as made, not to come', () => {
    const coder = createCoder();
    const rejects = coder
      .code({
        id: 'dnotaccept',
        published: '2023-05-03',
        text: 'Eritrea said it would never accept aid from the United States.',
      })
      .mentions.filter((m) => m.type === 'REJECT');
    expect(rejects.length).toBeGreaterThan(0);
    expect(rejects.every((m) => !m.future && !m.negated)).toBe(true);
  });
});

describe('sanctions kept or added', () => {
  it('codes sanctions kept on or a ban added against a state as a sanction', () => {
    expect(code('The European Union kept its sanctions on Belarus in place on Monday.')).toContain(
      'SANCTION EU > BLR',
    );
    expect(
      code("The African Union added a travel ban against the leaders of Niger's junta."),
    ).toContain('SANCTION AU > NER');
  });

  it('leaves curbs kept with no one named as their target', () => {
    expect(code('The bank kept its measures in place.')).toEqual([]);
  });
});

describe('conscription enforced or extended', () => {
  it('codes conscription brought back or extended as a mobilisation', () => {
    expect(code('Latvia reintroduced conscription on Thursday.')).toContain('MOBILIZE LVA > LVA');
    expect(code('Taiwan extended compulsory military service to one year.')).toContain(
      'MOBILIZE TWN > TWN',
    );
  });
});

describe('an act named a stern warning', () => {
  it('codes drills or a test called a serious or stern warning to a party as a threat', () => {
    expect(code('Beijing described the naval drills as a stern warning to Taiwan.')).toContain(
      'THREATEN CHN > TWN',
    );
    expect(
      code("Iran's missile test was a serious warning to Israel, the Revolutionary Guards said."),
    ).toContain('THREATEN IRN > ISR');
  });

  it('leaves a warning of a danger, aimed at no party', () => {
    expect(code('The UN called the report a clear warning that famine was near.')).toEqual([]);
    expect(code('It was a serious warning for all of us, the minister said.')).toEqual([]);
  });
});
