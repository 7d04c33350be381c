import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { renderCard } from '../../../../../outputs/card/card';
import { claimView } from '../../../../../outputs/claim-view';
import { getReadings, readingsOnly } from '../../../../../site/collections';
import type { ClaimId } from '../../../../../core/ids';
import { destination, formerAddresses } from '../../../../../outputs/destination';
import type { ReadingModel } from '../../../../../core/model';
import { speakerHues } from '../../../../../outputs/reading-css';
import { shorten } from '../../../../../outputs/share';

export async function getStaticPaths() {
  if (readingsOnly()) return [];
  const readings = await getReadings();
  // Old addresses that lead to a claim of this reading keep a card too: previews already shared point at it.
  return readings.flatMap((model) => [
    ...model.claims.map((c) => ({ params: { slug: model.slug, id: c.id }, props: { model, id: c.id } })),
    ...formerAddresses(model).flatMap(({ slug, id }) => {
      const to = destination(model, id);
      return to && (to.kind === 'claim' || to.kind === 'alias') ? [{ params: { slug, id }, props: { model, id: to.claim.id } }] : [];
    }),
  ]);
}

const root = new URL(`file://${process.cwd()}/`);
/** Cards live with npm's caches, so a clean checkout draws them once and later builds reuse them. */
const cacheDir = fileURLToPath(new URL('node_modules/.cache/claim-cards/', root));

/** The claim's 1200×630 link-preview image. */
export const GET: APIRoute = async ({ props, site }) => {
  const { model, id } = props as { model: ReadingModel; id: ClaimId };
  const { claim, entry } = claimView(model, id);
  const png = await renderCard(
    {
      words: shorten(claim.text, 200),
      speaker: entry.speaker.name,
      role: entry.speaker.role,
      kind: entry.kindLabel,
      reading: shorten(model.frontmatter.title, 70),
      site: site?.host ?? 'Annotated Readings',
      hue: speakerHues(model).get(claim.by) ?? null,
    },
    cacheDir,
    root,
  );
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
