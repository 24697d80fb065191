// The lanes' linear scale: what d3-scale's scaleLinear computes for a two-number domain and range,
// as a plain function with the three readers the lanes use. d3-scale on the first page brought
// d3-interpolate and d3-color with it (about 6 KB gzip of a 150 KB budget) for arithmetic this
// small; the charts in later tabs still use d3-scale.

/** A linear map from a domain to a range, read like d3's (`x(v)`, `x.domain()`, `x.invert(px)`). */
export interface Linear {
  (value: number): number;
  domain(): number[];
  range(): number[];
  invert(pixel: number): number;
}

/**
 * d3's two-point map ("bimap"): t from the lower end of `from` (0.5 when it is empty), then
 * interpolated between the matching ends of `to` as a * (1 - t) + b * t, so the numbers are d3's
 * to the last bit.
 */
function bimap(from: readonly [number, number], to: readonly [number, number]) {
  let [d0, d1] = from;
  let [r0, r1] = to;
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  if (span === 0 || Number.isNaN(span)) {
    const t = Number.isNaN(span) ? NaN : 0.5;
    return (v: number) => (Number.isNaN(v) ? NaN : r0 * (1 - t) + r1 * t);
  }
  return (v: number) => {
    const t = (v - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/** The scale from `domain` to `range` (neither clamped nor rounded, as d3's default). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Linear {
  const forward = bimap(domain, range);
  const backward = bimap(range, domain);
  const scale = (value: number) => forward(value);
  scale.domain = () => [domain[0], domain[1]];
  scale.range = () => [range[0], range[1]];
  scale.invert = (pixel: number) => backward(pixel);
  return scale;
}
