import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsJson } from '../../../outputs/claims-json';
import { getReadings, readingsOnly } from '../../../site/collections';
import type { ReadingModel } from '../../../core/model';
import { urls } from '../../../site/urls';

export const getStaticPaths = (async () => {
  if (readingsOnly()) return [];
  const readings = await getReadings();
  return readings.map((model) => ({ params: { slug: model.slug }, props: { model } }));
}) satisfies GetStaticPaths;

/** The reading's claims, numbers and speakers, machine-readable (format doc, "claims.json"). */
export const GET: APIRoute = ({ props }) => {
  const model = (props as { model: ReadingModel }).model;
  const body = claimsJson(model, { reading: urls.reading(model.slug) });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
