/**
 * The map's projection for points: d3-geo's geoConicConformal with standard parallels 38° and
 * 47°, rotated to 19.5° E, then scaled and translated as d3's fitExtent fits the programme area
 * into the 800 x 640 viewBox with a 12-unit margin. scripts/make-see-paths.mjs fails when these
 * figures or this formula no longer agree with d3-geo. The country outlines come already
 * projected, so the browser needs no d3-geo.
 */
export const fittedScale = 2455.7437885673266;
export const fittedTranslate: readonly [number, number] = [399.99999999999994, 2312.9417690976634];

const radians = Math.PI / 180;
const halfPi = Math.PI / 2;
const epsilon = 1e-6;
const parallel0 = 38 * radians;
const parallel1 = 47 * radians;
const centralMeridian = 19.5;

const tany = (y: number) => Math.tan((halfPi + y) / 2);
const cy0 = Math.cos(parallel0);
const n = Math.log(cy0 / Math.cos(parallel1)) / Math.log(tany(parallel1) / tany(parallel0));
const f = (cy0 * Math.pow(tany(parallel0), n)) / n;

function raw(x: number, y: number): [number, number] {
  const phi = f > 0 ? Math.max(y, -halfPi + epsilon) : Math.min(y, halfPi - epsilon);
  const r = f / Math.pow(tany(phi), n);
  return [r * Math.sin(n * x), f - r * Math.cos(n * x)];
}

/** Longitude and latitude (degrees) to the map's viewBox (by default with the fitted scale and translation). */
export function projectPoint(longitude: number, latitude: number, scale: number = fittedScale, translate: readonly number[] = fittedTranslate): [number, number] {
  let lambda = (longitude - centralMeridian) * radians;
  if (lambda > Math.PI) lambda -= 2 * Math.PI;
  else if (lambda < -Math.PI) lambda += 2 * Math.PI;
  const [cx, cy] = raw(0, 0);
  const [x, y] = raw(lambda, latitude * radians);
  return [translate[0]! + scale * (x - cx), translate[1]! - scale * (y - cy)];
}
