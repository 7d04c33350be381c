import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsJson } from '../../../outputs/claims-json';
import { getIndex, getModel, readingsOnly } from '../../../site/collections';
import { urls } from '../../../site/urls';

export const getStaticPaths = (async () => {
  if (readingsOnly()) return [];
  return (await getIndex()).map((r) => ({ params: { slug: r.slug }, props: { file: r.file }, cacheKey: r.keys.claimsJson }));
}) satisfies GetStaticPaths;

/** The reading's claims, numbers and speakers, machine-readable (format doc, "claims.json"). */
export const GET: APIRoute = ({ props }) => {
  const model = getModel((props as { file: string }).file);
  const body = claimsJson(model, { reading: urls.reading(model.slug) });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
