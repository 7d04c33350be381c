// Astro's own record of the configured base (import.meta.env.BASE_URL is not it in a static build).
import { base as configuredBase } from 'astro:config/client';
import type { ClaimId, QuantityId, ReadingSlug, SpeakerId } from './ids';

/** Every route of the site in one place, each under the configured base. */

const base = () => (configuredBase.endsWith('/') ? configuredBase : configuredBase + '/');

export const urls = {
  home: () => base(),
  reading: (slug: ReadingSlug) => `${base()}readings/${slug}/`,
  claimInReading: (slug: ReadingSlug, id: ClaimId) => `${base()}readings/${slug}/#${id}`,
  claimsJson: (slug: ReadingSlug) => `${base()}readings/${slug}/claims.json`,
  claimPage: (slug: ReadingSlug, id: ClaimId) => `${base()}readings/${slug}/claims/${id}/`,
  claimCard: (slug: ReadingSlug, id: ClaimId) => `${base()}readings/${slug}/claims/${id}/card.png`,
  speakers: () => `${base()}speakers/`,
  figures: () => `${base()}figures/`,
  figure: (q: QuantityId) => `${base()}figures/${q}/`,
  search: () => `${base()}search/`,
  speaker: (id: SpeakerId) => `${base()}speakers/${id}/`,
  asset: (path: string) => `${base()}${path.replace(/^\//, '')}`,
};

/** An absolute address for links shared outside the site (previews, feeds, structured data). */
export const absolute = (path: string, site: URL | undefined) => new URL(path, site ?? 'http://localhost/').href;
