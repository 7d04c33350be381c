import { z } from 'astro/zod';
import { HttpUrlSchema, IdSchema, PartialDateSchema, TextSchema } from './common';

/** Where claims were made: a debate, a hearing, an interview. */
const EventSchema = z.strictObject({
  name: TextSchema,
  /** When it happened; partial dates are fine. */
  date: PartialDateSchema.optional(),
  place: TextSchema.optional(),
});
export type EventData = z.infer<typeof EventSchema>;

/**
 * The front matter of `content/readings/<slug>.md`. Every id it mentions is
 * checked against the speakers and the maps declared here by the pipeline,
 * which knows where in the file each one stands.
 */
export const ReadingFrontmatterSchema = z.strictObject({
  /** The headline. */
  title: TextSchema,
  /** The subtitle under the headline. */
  dek: TextSchema.optional(),
  /** Speaker id of the writer: the voice of every sentence outside a claim. */
  author: IdSchema,
  /** Where the text first appeared, e.g. `Iranian.com`. */
  publication: TextSchema.optional(),
  /** The original's address. */
  url: HttpUrlSchema.optional(),
  /** When it first appeared. */
  published: PartialDateSchema.optional(),
  /** BCP 47 language of the text; `dir` follows from it. */
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag like en or fa-IR').default('en'),
  /** Speakers whose names are auto-linked; ids used in claims are added anyway. */
  speakers: z.array(IdSchema).default([]),
  /** Event id to event. */
  events: z.record(IdSchema, EventSchema).default({}),
  /** Default event of the reading's claims. */
  at: IdSchema.optional(),
  /** Quantity id to its label, e.g. `mek-members: MEK members`. */
  quantities: z.record(IdSchema, TextSchema).default({}),
  /** A published claim id that is gone, to the reason shown to readers who follow an old link. */
  retired: z.record(IdSchema, TextSchema).default({}),
  /**
   * A published claim id whose words now live in another claim, to that
   * claim: `claim-id` in this reading (claims merged), or
   * `other-reading/claim-id` (a claim moved). Old links lead there.
   */
  forwarded: z.record(IdSchema, z.string().regex(/^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/, 'expected a claim id, or reading-slug/claim-id for a claim in another reading')).default({}),
  /** Slugs this reading was published under before it was renamed: their links lead here. */
  formerly: z.array(IdSchema).default([]),
});

export type ReadingFrontmatter = z.infer<typeof ReadingFrontmatterSchema>;
