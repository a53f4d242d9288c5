import type { CalendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import {
  instantToLocalDateTime,
  type LocalDateTime,
} from '../schedule/calendar/local-date-time-to-instant.js';
import type { Instant } from '../shared/calendar-date.js';

// Sunrise and sunset for a call sheet, by NOAA's solar calculator (the algorithm of Meeus, "Astronomical
// Algorithms", as NOAA's Global Monitoring Laboratory publishes it): accurate to about a minute between
// the polar circles, which is what a call sheet prints. Sunrise and sunset are when the sun's upper edge
// crosses the horizon, with standard refraction: a zenith of 90.833°.

export type GeoPoint = {
  /** Degrees north (south negative), −90 to 90. */
  readonly latitude: number;
  /** Degrees east (west negative), −180 to 180. */
  readonly longitude: number;
};

export type SunTimes =
  | {
      readonly kind: 'rises-and-sets';
      /** Wall-clock times in the zone asked for, on the date asked for (`2026-06-21T05:42`). */
      readonly sunrise: LocalDateTime;
      readonly sunset: LocalDateTime;
      /** Minutes of daylight, sunrise to sunset. */
      readonly daylightMinutes: number;
    }
  /** Above a polar circle: the sun stays up all day, or never rises. */
  | { readonly kind: 'midnight-sun' }
  | { readonly kind: 'polar-night' };

const RAD = Math.PI / 180;
const ZENITH = 90.833;

const julianDay = (date: CalendarDate): number => {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month <= 2) {
    year -= 1;
    month += 12;
  }
  const a = Math.floor(year / 100);
  const b = 2 - a + Math.floor(a / 4);
  return Math.floor(365.25 * (year + 4716)) + Math.floor(30.6001 * (month + 1)) + day + b - 1524.5;
};

/** The sun's declination (degrees) and the equation of time (minutes) at a Julian day. */
const solarPosition = (jd: number): { declination: number; equationOfTime: number } => {
  const t = (jd - 2451545) / 36525;
  const meanLongitude = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360;
  const meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const m = meanAnomaly * RAD;
  const centre =
    Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
    Math.sin(2 * m) * (0.019993 - 0.000101 * t) +
    Math.sin(3 * m) * 0.000289;
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparentLongitude = (meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega)) * RAD;
  const seconds = 21.448 - t * (46.815 + t * (0.00059 - t * 0.001813));
  const obliquity = (23 + (26 + seconds / 60) / 60 + 0.00256 * Math.cos(omega)) * RAD;
  const declination = Math.asin(Math.sin(obliquity) * Math.sin(apparentLongitude)) / RAD;
  const y = Math.tan(obliquity / 2) ** 2;
  const l0 = meanLongitude * RAD;
  const e = eccentricity;
  const equation =
    y * Math.sin(2 * l0) -
    2 * e * Math.sin(m) +
    4 * e * y * Math.sin(m) * Math.cos(2 * l0) -
    0.5 * y * y * Math.sin(4 * l0) -
    1.25 * e * e * Math.sin(2 * m);
  return { declination, equationOfTime: (equation / RAD) * 4 };
};

/** The hour angle (degrees) of sunrise; NaN-free: null when the sun does not cross the horizon. */
const sunriseHourAngle = (
  latitude: number,
  declination: number,
): number | 'midnight-sun' | 'polar-night' => {
  const lat = latitude * RAD;
  const dec = declination * RAD;
  const cos =
    Math.cos(ZENITH * RAD) / (Math.cos(lat) * Math.cos(dec)) - Math.tan(lat) * Math.tan(dec);
  if (cos < -1) return 'midnight-sun';
  if (cos > 1) return 'polar-night';
  return Math.acos(cos) / RAD;
};

/**
 * Minutes after 00:00 UTC of the Julian day's date at which the sun rises or sets, refined once at the
 * moment found (the sun moves in the hours between midnight and sunrise).
 */
const eventMinutesUtc = (
  jd: number,
  point: GeoPoint,
  rise: boolean,
): number | 'midnight-sun' | 'polar-night' => {
  let minutes = 720;
  for (let pass = 0; pass < 2; pass += 1) {
    const { declination, equationOfTime } = solarPosition(jd + minutes / 1440);
    const angle = sunriseHourAngle(point.latitude, declination);
    if (typeof angle !== 'number') return angle;
    minutes = 720 - 4 * (point.longitude + (rise ? angle : -angle)) - equationOfTime;
  }
  return minutes;
};

/**
 * Sunrise and sunset on a calendar date at a place, as wall-clock times in the production's zone. Refuses
 * coordinates off the globe. The times are those of the solar day nearest the date at that longitude,
 * which is the date's own for any place whose zone is its own.
 */
export const sunTimes = (point: GeoPoint, date: CalendarDate, timeZone: string): SunTimes => {
  const { latitude, longitude } = point;
  if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180))
    throw new DomainError(
      'validation',
      `Latitude must be between −90 and 90 and longitude between −180 and 180, got ${latitude}, ${longitude}`,
    );
  const jd = julianDay(date);
  const rise = eventMinutesUtc(jd, point, true);
  const set = eventMinutesUtc(jd, point, false);
  if (typeof rise !== 'number' || typeof set !== 'number') {
    const kind = typeof rise === 'number' ? set : rise;
    return { kind: kind === 'midnight-sun' ? 'midnight-sun' : 'polar-night' };
  }
  const midnightUtc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  // Rounded to the nearest minute: the algorithm's own accuracy.
  const at = (minutes: number): Instant =>
    new Date(midnightUtc + Math.round(minutes) * 60_000).toISOString() as Instant;
  return {
    kind: 'rises-and-sets',
    sunrise: instantToLocalDateTime(at(rise), timeZone),
    sunset: instantToLocalDateTime(at(set), timeZone),
    daylightMinutes: Math.round(set) - Math.round(rise),
  };
};
