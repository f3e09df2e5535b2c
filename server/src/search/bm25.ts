// Okapi BM25, the usual constants.
export const K1 = 1.2;
export const B = 0.75;

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function bm25(tf: number, length: number, averageLength: number, df: number, n: number): number {
  return (idf(df, n) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
}
