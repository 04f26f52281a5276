// "called on" a person with nothing asked is a visit; asked to do something, a request
// (bare-objects.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dbare', text, published: '2024-03-12' })
    .mentions.map((m) => `${m.type} ${m.cameo} ${m.source.root} > ${m.target.root}`);

describe('a courtesy call on a person', () => {
  it('a leader who called on a president or a prime minister visited him', () => {
    expect(code('Prime Minister Oli called on President Xi Jinping in Beijing.')).toContain(
      'CONSULT 042 NPL > CHN',
    );
    expect(
      code('The visiting Kenyan foreign minister called on the Indian prime minister.'),
    ).toContain('CONSULT 042 KEN > IND');
  });

  it('asked to do something, or for something, the person is asked: a request', () => {
    expect(code('President Macron called on President Putin to withdraw his troops.')).toContain(
      'REQUEST 020 FRA > RUS',
    );
    expect(code('Chancellor Scholz called upon President Erdogan for restraint.')).toContain(
      'REQUEST 020 DEU > TUR',
    );
    expect(code('The French president called on Putin to end the war.')).not.toContain(
      'CONSULT 042 FRA > RUS',
    );
  });

  it('a state or a body called on is asked, not visited', () => {
    expect(code('Germany called on Russia on Monday.')).not.toContain('CONSULT 042 DEU > RUS');
  });
});

describe('a guest welcomed', () => {
  it('a leader who welcomed a person received a visit from him', () => {
    expect(code('Erdogan welcomed Pashinyan in Ankara on Monday.')).toEqual([
      'CONSULT 043 TUR > ARM',
    ]);
    expect(
      code('The Kazakh president welcomed the Chinese premier with a guard of honour.'),
    ).toEqual(['CONSULT 043 KAZ > CHN']);
  });

  it('what a person did, said or was given, when welcomed, is backed, not the person received', () => {
    expect(code("Germany welcomed Macron's election on Monday.")).toEqual([
      'SUPPORT 051 DEU > FRA',
    ]);
    expect(code('Ukraine welcomed Blinken’s remarks on Tuesday.')).toEqual([
      'SUPPORT 051 UKR > USA',
    ]);
    expect(code('Britain welcomed the appointment of the new Saudi ambassador.')).not.toContain(
      'CONSULT 043 GBR > SAU',
    );
  });

  it('a state or a body welcomed is backed', () => {
    expect(code('Poland welcomed Finland into the alliance.')).not.toContain(
      'CONSULT 043 POL > FIN',
    );
  });
});
