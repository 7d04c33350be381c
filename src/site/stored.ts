/** What the readings collection stores: where the reading's model is (see loaders/readings.ts for why not the model itself). */
export interface StoredReading {
  model: string;
}
