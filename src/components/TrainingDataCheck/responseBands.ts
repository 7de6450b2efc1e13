/** Lower edges of the response-length bands, in tokens: each band twice as long as the one before. */
export const RESPONSE_LENGTH_EDGES = [0, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192] as const;

/** The band a response of this many tokens falls in. */
export function responseBand(tokens: number): number {
  let band = 0;
  while (band + 1 < RESPONSE_LENGTH_EDGES.length && tokens >= RESPONSE_LENGTH_EDGES[band + 1]) band++;
  return band;
}

function shortTokens(value: number): string {
  return value >= 1024 ? `${value / 1024}K` : String(value);
}

/** "0–16", …, "4K–8K", "8K+": from the first number up to, not including, the second. */
export function bandLabel(index: number): string {
  const from = RESPONSE_LENGTH_EDGES[index];
  const next = RESPONSE_LENGTH_EDGES[index + 1];
  return next === undefined ? `${shortTokens(from)}+` : `${shortTokens(from)}–${shortTokens(next)}`;
}
