/**
 * The options page's requests about live facts from Parliament: the reader's setting, and when each kind of fact was
 * last refreshed. Only Bevan's own pages may change the setting.
 */
import { z } from '../data/zod';
import { ParliamentSettings, ParliamentStatus } from './parliament-settings';

export const parliamentRequests = {
  getParliamentSettings: { request: z.object({}), response: ParliamentSettings, privileged: true },
  setParliamentSettings: { request: ParliamentSettings, response: ParliamentSettings, privileged: true },
  getParliamentStatus: { request: z.object({}), response: ParliamentStatus, privileged: true },
} as const;
