import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { renderCard } from '../../../outputs/card/card';
import { getIndex, getModel, readingsOnly } from '../../../site/collections';
import { readingCardContent } from '../../../outputs/summary';

export async function getStaticPaths() {
  if (readingsOnly()) return [];
  // The key is the card's content (src/outputs/summary.ts); the site's host is in Astro's own config hash.
  return (await getIndex()).map((r) => ({ params: { slug: r.slug }, props: { file: r.file }, cacheKey: r.keys.card }));
}

const root = new URL(`file://${process.cwd()}/`);
const cacheDir = fileURLToPath(new URL('node_modules/.cache/claim-cards/', root));

/** The reading's own 1200×630 link-preview image: its headline, and whose words it holds. */
export const GET: APIRoute = async ({ props, site }) => {
  const model = getModel((props as { file: string }).file);
  const png = await renderCard({ ...readingCardContent(model), site: site?.host ?? 'Annotated Readings' }, cacheDir, root);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
