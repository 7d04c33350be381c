import { z } from 'astro/zod';

/** What kind of words a claim holds; each reads differently beside the text. */
export const ClaimKindSchema = z.enum(['quote', 'paraphrase', 'assertion', 'document']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
