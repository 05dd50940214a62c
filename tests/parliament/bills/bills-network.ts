/**
 * The real Parliament client over a network written for the test: each request's URL is answered by the routes
 * (a JSON body, a status, or an error), and every request is recorded. The clock moves only when the client sleeps.
 */
import { createParliamentClient } from '@/utils/parliament/client';

export type Route = (url: URL) => { status?: number; body: unknown } | Error | undefined;

export function billsNetwork(route: Route, { enabled = true } = {}) {
  const requests: URL[] = [];
  let clock = 1_000_000;
  const client = createParliamentClient({
    fetch: async (address) => {
      const url = new URL(address);
      requests.push(url);
      const answer = route(url);
      if (answer instanceof Error) throw answer;
      if (!answer) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
      return new Response(JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    },
    isEnabled: async () => enabled,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    retries: 0,
  });
  return { client, requests };
}

/** A Bills API bill and its stages, in the API's shape, for a bill written for the test. */
export function apiBill(billId: number, overrides: Record<string, unknown> = {}) {
  return {
    billId,
    shortTitle: 'Example Health Bill',
    longTitle: 'A Bill to make provision about example health services.',
    formerShortTitle: null,
    currentHouse: 'Commons',
    originatingHouse: 'Commons',
    lastUpdate: '2026-11-30T10:00:00',
    billWithdrawn: null,
    isDefeated: false,
    billTypeId: 1,
    introducedSessionId: 40,
    includedSessionIds: [40],
    isAct: false,
    currentStage: apiStage(billId, 2, '2nd reading', []),
    sponsors: [
      {
        member: { memberId: 4797, name: 'James Murray', party: 'Labour', house: 'Commons', memberFrom: 'Ealing North' },
        organisation: null,
        sortOrder: 1,
      },
    ],
    ...overrides,
  };
}

export function apiStage(billId: number, sortOrder: number, description: string, dates: string[], house = 'Commons') {
  return {
    id: billId * 100 + sortOrder,
    stageId: sortOrder + 5,
    sessionId: 40,
    description,
    abbreviation: description.slice(0, 3),
    house,
    stageSittings: dates.map((date, index) => ({
      id: billId * 1000 + sortOrder * 10 + index,
      stageId: sortOrder + 5,
      billStageId: billId * 100 + sortOrder,
      billId,
      date: `${date}T00:00:00`,
    })),
    sortOrder,
  };
}

export function apiStages(items: unknown[]) {
  return { items, totalResults: items.length, itemsPerPage: 100 };
}
