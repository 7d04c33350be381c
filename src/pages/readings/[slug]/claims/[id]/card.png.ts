import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { renderCard } from '../../../../../cards/card';
import { claimView } from '../../../../../model/claim-view';
import { getReadings, readingsOnly } from '../../../../../model/collections';
import type { ClaimId } from '../../../../../model/ids';
import type { ReadingModel } from '../../../../../model/reading';
import { speakerHues } from '../../../../../model/reading-css';
import { shorten } from '../../../../../model/share';

export async function getStaticPaths() {
  if (readingsOnly()) return [];
  const readings = await getReadings();
  // Old ids of edited claims keep a card too: previews already shared point at it.
  return readings.flatMap((model) => [
    ...model.claims.map((c) => ({ params: { slug: model.slug, id: c.id }, props: { model, id: c.id } })),
    ...Object.entries(model.aliases).map(([old, now]) => ({ params: { slug: model.slug, id: old }, props: { model, id: now } })),
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
