/** Small value helpers: dates, counts, sorting, hashing. */
import { createHash } from 'node:crypto';
import { fail } from './report';

export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export function positiveInt(value: string): number | null {
  return /^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : null;
}

export function nonNegativeInt(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

export function voteCount(value: string, context: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) fail(`Bad vote count "${value}" in ${context}`);
  return n;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, to compare values regardless of key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function byKey<T>(key: (item: T) => string | number): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}
