/**
 * What the readings collection stores: where the reading's model is, and
 * its summary (keys and list data; see src/outputs/summary.ts). Not the
 * model itself: see loaders/readings.ts for why.
 */
export interface StoredReading {
  model: string;
  summary: string;
}
