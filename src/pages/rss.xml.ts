import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getIndex } from '../site/collections';
import { urls } from '../site/urls';

/** A feed of the readings, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const readings = await getIndex();
  return rss({
    title: 'Annotated Readings',
    description: 'Articles and speeches with every claim, speaker and number attributed.',
    site: site ?? 'http://localhost/',
    items: readings.map((r) => ({
      title: r.title,
      description: r.dek ?? r.excerpt,
      link: urls.reading(r.slug),
      ...(r.date ? { pubDate: new Date(r.date) } : {}),
      author: r.author.name,
      categories: [r.publication].filter((c): c is string => !!c),
    })),
  });
};
