import type { ClaimId, ReadingSlug, SpeakerId } from './ids';

/** Every route of the site in one place, each under the configured base. */
const base = () => {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : b + '/';
};

export const urls = {
  home: () => base(),
  reading: (slug: ReadingSlug) => `${base()}readings/${slug}/`,
  claimInReading: (slug: ReadingSlug, id: ClaimId) => `${base()}readings/${slug}/#${id}`,
  claimsJson: (slug: ReadingSlug) => `${base()}readings/${slug}/claims.json`,
  speakers: () => `${base()}speakers/`,
  speaker: (id: SpeakerId) => `${base()}speakers/${id}/`,
  asset: (path: string) => `${base()}${path.replace(/^\//, '')}`,
};
