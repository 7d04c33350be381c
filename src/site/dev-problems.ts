import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import type { Problem } from '../core/problems';

/**
 * The channel by which `npm run dev` shows content problems on the page:
 * the loader writes the last reload's problems to a file in Astro's cache,
 * and the layout reads it back on each request, checked by this schema.
 */
const ProblemSchema = z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string(), hint: z.string().optional() });
const ProblemsFileSchema = z.object({ problems: z.array(ProblemSchema) });

const FILE = 'content-problems.json';
const at = (cacheDir: URL) => new URL(FILE, cacheDir);

export async function publishProblems(cacheDir: URL, problems: Problem[]): Promise<void> {
  if (problems.length) await writeFile(at(cacheDir), JSON.stringify({ problems }));
  else await rm(at(cacheDir), { force: true });
}

export function readProblems(cacheDir: URL): Problem[] {
  try {
    const parsed = ProblemsFileSchema.safeParse(JSON.parse(readFileSync(at(cacheDir), 'utf8')));
    return parsed.success ? parsed.data.problems : [];
  } catch {
    return [];
  }
}
