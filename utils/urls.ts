/**
 * Links Bevan shows are checked here, at the last moment before rendering, as
 * well as when data is stored: only https addresses become links.
 */
export function safeHttpsUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
