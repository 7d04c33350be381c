// Astro's own record of the configured base (import.meta.env.BASE_URL is not it in a static build).
import { base as configuredBase } from 'astro:config/client';
import { routes } from '../core/routes';

/** Every route of the site, under the configured base. */
export const urls = routes(configuredBase);

/** An absolute address for links shared outside the site (previews, feeds, structured data). */
export const absolute = (path: string, site: URL | undefined) => new URL(path, site ?? 'http://localhost/').href;
