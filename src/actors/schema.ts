// Shapes of the actor data files (data/actors/*.json and user files passed with --actors).
// Every file is an object with any of the keys below, so one user file can add states, people and
// titles at once. See data/actors/README.md for the meaning of each field.
import { z } from 'zod';

const sector = z.string().regex(/^([A-Z]{3})?$/, 'a sector is three capital letters or ""');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const forms = z.array(z.string().trim().min(1, 'empty name'));

/** A span of days in which a body had another sector ("the Taliban" governed from 2021-08-15). */
const period = z
  .object({
    sector,
    start: isoDate,
    end: isoDate.nullable(),
  })
  .strict()
  .refine((o) => o.end === null || o.start <= o.end, { message: 'period ends before it starts' });

const body = z
  .object({
    forms: forms.min(1),
    sector,
    /** Set on generic organisation bodies ("Security Council"): after a state word they are that
     *  state's body with this sector ("the Russian Security Council"). */
    national: sector.optional(),
    /** Adjectives of the body ("Tigrayan" for Tigray): like a state's, never an actor alone. */
    adjectives: forms.optional(),
    /** Days on which the body had another sector; `end` is exclusive, null for "still". */
    periods: z.array(period).optional(),
  })
  .strict();

export const stateSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{3}$/, 'a state code is ISO 3166-1 alpha-3 (three capitals)'),
    name: z.string().min(1),
    aliases: forms.default([]),
    adjectives: forms.default([]),
    demonyms: forms.default([]),
    capitals: forms.default([]),
    bodies: z.array(body).default([]),
    /** Regions that give a root only to a group noun ("Donbas separatists"). */
    places: forms.default([]),
  })
  .strict();

export const organisationSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'an organisation code is 2-10 capitals/digits'),
    name: z.string().min(1),
    aliases: forms.default([]),
    sector: sector.default(''),
    bodies: z.array(body).default([]),
  })
  .strict();

const office = z
  .object({
    root: z.string().min(2),
    sector,
    title: z.string().min(1),
    start: isoDate,
    end: isoDate.nullable(),
  })
  .strict()
  .refine((o) => o.end === null || o.start <= o.end, { message: 'office ends before it starts' });

export const personSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a person id is lower-case letters, digits and dashes'),
    name: z.string().min(1),
    /** Other ways the text names them: surnames, transliterations. */
    match: forms.default([]),
    /** Names that are also common words ("Price", "May"): matched only right after a title. */
    weak: forms.default([]),
    /** Index of the best-known office, used when a document has no date (default 0). */
    primary: z.number().int().min(0).optional(),
    offices: z.array(office).min(1),
  })
  .strict()
  .refine((p) => p.primary === undefined || p.primary < p.offices.length, {
    message: 'primary is not an index into offices',
  });

export const titleSchema = z
  .object({
    forms: forms.min(1),
    sector,
    /** person: one office holder (may precede a name); group: people or units; body: an institution. */
    type: z.enum(['person', 'group', 'body']),
    /** A role inside an institution ("spokesman"): takes the sector of the institution before it. */
    role: z.boolean().optional(),
    /** Only an actor with a root ("NATO allies", never bare "allies"). */
    needsRoot: z.boolean().optional(),
    /** Root when the phrase names none ("secretary of state" is American unless told otherwise). */
    defaultRoot: z.string().optional(),
    /** Sector after "top" ("the top US diplomat" is the foreign minister, GOV). */
    topSector: sector.optional(),
    /** Forces that serve where they stand: "security forces in Myanmar" are Myanmar's, while
     *  "troops in Ukraine" say nothing of whose they are. */
    local: z.boolean().optional(),
  })
  .strict();

/**
 * A name two actors share ("Georgia" the country and the US state, "Congo" the two republics):
 * the dictionary gives the name its usual root; a reading gives the other one, taken when one of
 * its cue words is in the same sentence or the document is dated before `before`.
 */
const readingSchema = z
  .object({
    form: z.string().trim().min(1),
    root: z.string().min(2),
    cues: forms.default([]),
    before: isoDate.optional(),
  })
  .strict();

export const actorFileSchema = z
  .object({
    $comment: z.string().optional(),
    states: z.array(stateSchema).optional(),
    organisations: z.array(organisationSchema).optional(),
    people: z.array(personSchema).optional(),
    titles: z.array(titleSchema).optional(),
    /** Words allowed inside an actor phrase that carry no code ("senior", "Kurdish"). */
    modifiers: forms.optional(),
    /** Second halves of "Moscow-backed": the country is a sponsor, not the actor. */
    relations: forms.optional(),
    /** Phrases that contain actor words but are never actors ("Latin America", "Minsk agreements"). */
    nonActors: forms.optional(),
    /** Other readings of shared names, chosen by words of the sentence or the date. */
    readings: z.array(readingSchema).optional(),
  })
  .strict();

export type StateEntry = z.infer<typeof stateSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type OfficeEntry = PersonEntry['offices'][number];
export type TitleEntry = z.infer<typeof titleSchema>;
export type ActorFile = z.infer<typeof actorFileSchema>;
export type ReadingEntry = z.infer<typeof readingSchema>;
export type BodyPeriod = z.infer<typeof period>;
