import type { GeoPoint } from './sun-times.js';

/**
 * A link that opens the place in a map on any phone: Google's documented Maps URL (no key, and the app
 * opens it where installed), by coordinates when the location is placed, else by its address.
 */
export const mapLink = (point: GeoPoint | null, address: string): string | null => {
  const query =
    point !== null
      ? `${point.latitude.toFixed(6)},${point.longitude.toFixed(6)}`
      : address.trim() === ''
        ? null
        : address.trim();
  return query === null
    ? null
    : `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
};
