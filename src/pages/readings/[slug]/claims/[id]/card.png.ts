import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { renderCard } from '../../../../../outputs/card/card';
import { getIndex, getModel, readingsOnly } from '../../../../../site/collections';
import type { ClaimId } from '../../../../../core/ids';
import { destination } from '../../../../../outputs/destination';
import { cardContent } from '../../../../../outputs/summary';

export async function getStaticPaths() {
  if (readingsOnly()) return [];
  // Old addresses that lead to a claim of this reading keep a card too: previews already shared point at it.
  // The key is the card's content (src/outputs/summary.ts); the site's host is in Astro's own config hash.
  return (await getIndex()).flatMap((r) => [
    ...r.claims.map((c) => ({ params: { slug: r.slug, id: c.id }, props: { file: r.file, id: c.id }, cacheKey: c.card })),
    ...r.former.flatMap(({ slug, id, card }) => (card ? [{ params: { slug, id }, props: { file: r.file, id }, cacheKey: card }] : [])),
  ]);
}

const root = new URL(`file://${process.cwd()}/`);
/** Cards live with npm's caches, so a clean checkout draws them once and later builds reuse them. */
const cacheDir = fileURLToPath(new URL('node_modules/.cache/claim-cards/', root));

/** The claim's 1200×630 link-preview image. */
export const GET: APIRoute = async ({ props, site }) => {
  const { file, id } = props as { file: string; id: ClaimId };
  const model = getModel(file);
  const to = destination(model, id);
  const claim = to && (to.kind === 'claim' || to.kind === 'alias') ? to.claim.id : id;
  const png = await renderCard({ ...cardContent(model, claim), site: site?.host ?? 'Annotated Readings' }, cacheDir, root);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
