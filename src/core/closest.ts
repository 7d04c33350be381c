import { distance } from 'fastest-levenshtein';

/**
 * The known values closest to an unknown one, for "did you mean" hints.
 * Case-only differences come first: `Torricelli` for `torricelli` is the
 * commonest slip and deserves to be named before any other candidate.
 */
export function closest(unknown: string, known: Iterable<string>, max = 3): string[] {
  const lower = unknown.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    let score = distance(lower, c);
    if (c === lower) score = -1;
    // A swapped pair of letters (kidn for kind) is one slip, not two.
    else if (c.length === lower.length && [...c].sort().join('') === [...lower].sort().join('')) score = Math.min(score, 1);
    else if (c.startsWith(lower) || lower.startsWith(c)) score = Math.min(score, 1);
    else if (c.includes(lower) || lower.includes(c)) score = Math.min(score, 2);
    const limit = Math.max(2, Math.ceil(Math.max(lower.length, c.length) / 3));
    if (score <= limit) scored.push([candidate, score]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([candidate]) => candidate);
}

/** "did you mean" text for a hint, or a short list of what exists. */
export function suggest(unknown: string, known: Iterable<string>, what: string): string {
  const all = [...known];
  const near = closest(unknown, all);
  if (near.length > 0) return `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
  if (all.length === 0) return `no ${what} is declared yet.`;
  const shown = all.slice(0, 8).map((n) => `"${n}"`).join(', ');
  return `known ${what}s: ${shown}${all.length > 8 ? `, and ${all.length - 8} more` : ''}.`;
}
