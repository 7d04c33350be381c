import type { ClaimId, QuantityId, ReadingSlug, SpeakerId } from './ids';

/**
 * Every route of the site (format doc, "Routes"), under a base path that
 * ends in `/`. The pipeline links speaker mentions with it and the site
 * with its configured base, so the two can never disagree.
 */
export function routes(base: string) {
  const b = base.endsWith('/') ? base : base + '/';
  return {
    home: () => b,
    reading: (slug: ReadingSlug) => `${b}readings/${slug}/`,
    claimInReading: (slug: ReadingSlug, id: ClaimId) => `${b}readings/${slug}/#${id}`,
    claimsJson: (slug: ReadingSlug) => `${b}readings/${slug}/claims.json`,
    readingCard: (slug: ReadingSlug) => `${b}readings/${slug}/card.png`,
    claimPage: (slug: ReadingSlug, id: ClaimId) => `${b}readings/${slug}/claims/${id}/`,
    claimCard: (slug: ReadingSlug, id: ClaimId) => `${b}readings/${slug}/claims/${id}/card.png`,
    speakers: () => `${b}speakers/`,
    speaker: (id: SpeakerId) => `${b}speakers/${id}/`,
    figures: () => `${b}figures/`,
    figure: (q: QuantityId) => `${b}figures/${q}/`,
    search: () => `${b}search/`,
    asset: (path: string) => `${b}${path.replace(/^\//, '')}`,
  };
}
