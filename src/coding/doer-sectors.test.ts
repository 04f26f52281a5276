// A verb's sense chosen by its doer: patterns that name the doers they take are chosen by the
// doer's sector rather than filtered after the choice. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('ddoer', '2024-05-20');
const codeWithoutParse = sentenceCoder('ddoer', '2024-05-20', { parser: false });

describe('strike, by who strikes', () => {
  it('is a walkout when workers, teachers or nurses strike', () => {
    expect(code('Dockworkers in Chile struck on Monday over pay.')).toContain('PROTEST CHL > CHL');
    expect(code('Nurses in Kenya will strike next week over unpaid wages.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PROTEST KEN/)]),
    );
    expect(code('Teachers in Scotland have voted to strike over pay.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^ASSAULT/)]),
    );
  });

  it('is an attack when forces or a state strike', () => {
    expect(code('Russian forces struck Kharkiv overnight.')).toContain('ASSAULT RUS > UKR');
    expect(code('Russia struck Kyiv with missiles on Friday.')).toContain('ASSAULT RUS > UKR');
    expect(
      code('Ukrainian troops have begun to strike deep into Russia with their own drones.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^ASSAULT UKR > RUS/)]));
    expect(code('Israeli jets continued to strike Gaza on Tuesday.')).toContain(
      'ASSAULT ISR > PSE',
    );
  });

  it('still reads a strike begun or continued by a crowd as a walkout', () => {
    expect(code('Doctors in Nigeria continued their strike for a third week.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PROTEST NGA/)]),
    );
    expect(code('Palestinian prisoners began a hunger strike on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PROTEST PSE/)]),
    );
  });

  it('finds the doer by word distance when no parse is given', () => {
    expect(codeWithoutParse('Dockworkers in Chile struck on Monday over pay.')).toContain(
      'PROTEST CHL > CHL',
    );
    expect(codeWithoutParse('Russian forces struck Kharkiv overnight.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });
});

describe('storm and occupy, by who does it', () => {
  it('is a protest when a crowd storms or occupies a building', () => {
    expect(code('Protesters in Georgia stormed the parliament building on Tuesday.')).toContain(
      'PROTEST GEO > GEO',
    );
    expect(code('Students in Belgrade occupied the university on Friday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PROTEST SRB/)]),
    );
  });

  it('is an attack or a seizure when forces do it', () => {
    expect(code('Israeli forces stormed the Al-Shifa hospital on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ASSAULT ISR/)]),
    );
    expect(code('Russian forces occupied the Zaporizhzhia plant in March.')).toContain(
      'COERCE RUS > UKR',
    );
  });
});
