/**
 * What Bevan keeps about a member from the Members API, in `liveFacts` under `member/<id>`: seats, parties, posts and
 * houses with their dates, and where the member stands now. Validated when stored and again when read (a record may
 * come from an older Bevan).
 */
import { IsoDate, MnisId, PlainText } from '../../data/schema';
import { z } from '../../data/zod';

export const LiveHouse = z.enum(['Commons', 'Lords']);
export type LiveHouse = z.infer<typeof LiveHouse>;

const span = { start: IsoDate, end: z.nullable(IsoDate) };

export const LiveSeat = z.object({ constituency: PlainText(120), constituencyId: z.int(), ...span });
export type LiveSeat = z.infer<typeof LiveSeat>;

export const LiveParty = z.object({ party: PlainText(120), partyId: z.int(), house: LiveHouse, ...span });
export type LiveParty = z.infer<typeof LiveParty>;

export const LivePostKind = z.enum(['government', 'opposition', 'other']);

export const LivePost = z.object({
  title: PlainText(200),
  kind: LivePostKind,
  /** The department or body, as the API gives it (e.g. "Home Office"). */
  department: z.nullable(PlainText(200)),
  ...span,
});
export type LivePost = z.infer<typeof LivePost>;

export const LiveHouseSpell = z.object({ house: LiveHouse, ...span });

export const MemberFacts = z.object({
  id: MnisId,
  name: PlainText(120),
  seats: z.array(LiveSeat),
  parties: z.array(LiveParty),
  posts: z.array(LivePost),
  houses: z.array(LiveHouseSpell),
  current: z.object({
    house: z.nullable(LiveHouse),
    /** Sitting now, as the API says. */
    active: z.boolean(),
    status: z.nullable(PlainText(120)),
    party: z.nullable(PlainText(120)),
    constituency: z.nullable(PlainText(120)),
    /** When the latest membership ended, and why ("Resigned"), for a member who has left. */
    left: z.nullable(IsoDate),
    leftReason: z.nullable(PlainText(200)),
  }),
});
export type MemberFacts = z.infer<typeof MemberFacts>;

export const memberKey = (id: number) => `member/${id}`;

/** Parliament's own page for a member: the source link of every live fact. */
export const memberPageUrl = (id: number) => `https://members.parliament.uk/member/${id}/career`;
