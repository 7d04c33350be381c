import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getReadings } from '../site/collections';
import { urls } from '../site/urls';

/** A feed of the readings, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const readings = await getReadings();
  return rss({
    title: 'Annotated Readings',
    description: 'Articles and speeches with every claim, speaker and number attributed.',
    site: site ?? 'http://localhost/',
    items: readings.map((r) => ({
      title: r.frontmatter.title,
      description: r.frontmatter.dek ?? r.excerpt,
      link: urls.reading(r.slug),
      ...(r.frontmatter.published ? { pubDate: new Date(r.frontmatter.published) } : {}),
      author: r.speakers.find((s) => s.id === r.author)?.name,
      categories: [r.frontmatter.publication].filter((c): c is string => !!c),
    })),
  });
};
