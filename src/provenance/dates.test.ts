// A date against a count (fifteenth round): two edits of one wire story, one that dated the
// demands ("a list of 13 demands they issued on June 22") and one that wrote "the four
// countries" for the names of the senders, replace no number; a template report of another day
// that changes a count still does. Invented texts.
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

const body = [
  'Details of the reply were not immediately available, but an official told reporters that Foreign Minister Omar Haddad had delivered it during a short visit to Veloria.',
  'Haddad had earlier said the list of demands was "made to be rejected" and lawyers for Dravon denounced it as "an affront to international law".',
  'The crisis began when the bloc cut air, sea and land links with Dravon, accusing it of backing armed groups, which Dravon denies.',
  'Foreign ministers of the bloc are due to meet in Lessa on Wednesday to study the reply.',
];

const dated = [
  'Dravon on Monday handed its reply to the demands of Ostland, Marovia, Keth and Sava after they agreed to give it 48 more hours.',
  'Ostland, Marovia, Keth and Sava had announced they were extending the deadline for Dravon to accept a list of 13 demands they issued on June 22.',
  ...body,
].join('\n\n');

/** Another edit of the same story: the senders counted, not named or dated. */
const counted = [
  'Dravon on Monday handed its reply to the demands of Ostland, Marovia, Keth and Sava after they agreed to give it 48 more hours.',
  'The four countries had announced they were extending the deadline for Dravon to accept a list of 13 demands.',
  ...body,
].join('\n\n');

/** A template of another story: the count of demands changed. */
const renumbered = counted.replace('list of 13 demands', 'list of 9 demands');

describe('a date against a count', () => {
  it('is no change: two edits of one story join', () => {
    const c = compare(counted, dated);
    expect(c.numbersDisagreeing).toBe(0);
    expect(judge(c).isCopy).toBe(true);
  });

  it('a count against a count still is', () => {
    expect(compare(renumbered, counted).numbersDisagreeing).toBe(1);
    expect(compare(renumbered, dated).numbersDisagreeing).toBe(1);
  });
});
