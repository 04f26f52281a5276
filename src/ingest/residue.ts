// Scraper residue: whole lines that carry no article text. Each pattern is matched against one
// trimmed line (case-insensitive); a matching line is dropped. Attribution lines such as
// "(Reporting by ...; Editing by ...)" are deliberately NOT here: they say who wrote the story.

export interface ResiduePattern {
  pattern: RegExp;
  /** Why this line is residue. */
  why: string;
}

export const RESIDUE_PATTERNS: readonly ResiduePattern[] = [
  { pattern: /^\[ad_\d+\]$/i, why: 'WordPress auto-ad placeholders ([ad_1], [ad_2])' },
  {
    pattern:
      /^(advertisement|advert|sponsored( content)?|story continues below( this)? advertisement)$/i,
    why: 'ad slot labels left behind when the ad itself is stripped',
  },
  {
    pattern: /^posted by .{1,120}\|\s*(permalink|comments?( \(\d+\))?)$/i,
    why: 'blog post footers: "Posted by X on DATE | Permalink"',
  },
  {
    pattern:
      /^(share( this( article| story| post)?)?|tweet|e-?mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|copy link)(\s*[|:·•,/]\s*(share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|copy link))*\s*:?$/i,
    why: 'social sharing button rows ("Share this:", "Facebook | Twitter | Email")',
  },
  {
    pattern:
      /^(read more|read also|see also|more on this( story)?|related( articles| stories| coverage| content)?)\s*:/i,
    why: 'links to other stories introduced by "Read more:", "Related:" and the like',
  },
  {
    pattern:
      /^(related( articles| stories| coverage| content)?|more on this story|recommended( for you)?)$/i,
    why: 'headers of related-story boxes',
  },
  { pattern: /^click here\b/i, why: '"Click here to ..." calls to action' },
  {
    pattern: /^(source link|original source|via source)$/i,
    why: 'content-farm footers pointing at the story they copied',
  },
  {
    pattern:
      /^(?=.{0,300}$).*\b(we use cookies|uses cookies|accept (all )?cookies|cookie (policy|settings|preferences))\b/i,
    why: 'cookie consent banners (short lines only, so an article about cookies survives)',
  },
  {
    pattern: /^(?=.{0,200}$)(subscribe|sign up)\b.*\b(newsletter|updates|channel)\b/i,
    why: 'newsletter sign-up prompts',
  },
  {
    pattern: /^(?=.{0,120}$)follow us on\b/i,
    why: '"Follow us on Telegram/Twitter" prompts',
  },
  { pattern: /^skip to (main )?content$/i, why: 'accessibility skip links' },
  {
    pattern: /^(?=.{0,160}$)(©|\(c\)|copyright ©?)\s*\d{4}\b.*$|^all rights reserved\.?$/i,
    why: 'copyright footers',
  },
];

export function isResidueLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  return RESIDUE_PATTERNS.some(({ pattern }) => pattern.test(trimmed));
}
