/**
 * The three public APIs of UK Parliament that Bevan asks for live facts, and the one way their addresses are built:
 * every path and query goes through `parliamentUrl`, so nothing the reader typed can change the host.
 */

export type ParliamentHost = 'members' | 'votes' | 'bills';

export const PARLIAMENT_ORIGINS: Record<ParliamentHost, string> = {
  members: 'https://members-api.parliament.uk',
  votes: 'https://commonsvotes-api.parliament.uk',
  bills: 'https://bills-api.parliament.uk',
};

/** What each host gives readers, for the options page and messages: "MP facts", "votes", "bills". */
export const PARLIAMENT_FACTS: Record<ParliamentHost, string> = {
  members: 'MP facts',
  votes: 'votes',
  bills: 'bills',
};

export const PARLIAMENT_HOSTS = Object.keys(PARLIAMENT_ORIGINS) as ParliamentHost[];

/** `path` is the API's own (e.g. `/api/Members/172`); query values are encoded, and undefined ones left out. */
export function parliamentUrl(
  host: ParliamentHost,
  path: string,
  query: Record<string, string | number | undefined> = {},
): string {
  if (!path.startsWith('/')) throw new Error(`A Parliament API path starts with "/": ${path}`);
  const url = new URL(PARLIAMENT_ORIGINS[host]);
  url.pathname = path;
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  if (url.origin !== PARLIAMENT_ORIGINS[host]) throw new Error(`Not a ${host} API address: ${url.href}`);
  return url.href;
}
