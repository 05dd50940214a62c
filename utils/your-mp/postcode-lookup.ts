/**
 * Who the reader's MP is, from their postcode, asked of UK Parliament's Members API only when the reader agreed
 * (`Location/Constituency/Search`, which takes a postcode as its search text). Only the postcode is sent, through the
 * polite client; the answer names the constituency and its current member.
 */
import { MnisId } from '../data/schema';
import { z } from '../data/zod';
import { liveFailureWords, type ParliamentClient } from '../parliament/client';
import { parliamentUrl } from '../parliament/hosts';

/** The parts of the API's answer Bevan reads (the rest is ignored). */
const ConstituencySearch = z.object({
  items: z.array(
    z.object({
      value: z.object({
        name: z.string().check(z.minLength(1), z.maxLength(200)),
        currentRepresentation: z.nullish(
          z.object({
            member: z.object({
              value: z.object({
                id: MnisId,
                nameDisplayAs: z.string().check(z.minLength(1), z.maxLength(200)),
                latestParty: z.nullish(z.object({ name: z.string().check(z.maxLength(200)) })),
              }),
            }),
          }),
        ),
      }),
    }),
  ),
});

export interface PostcodeMatch {
  constituency: string;
  /** Null while the seat is vacant. */
  member: { id: number; name: string; party: string | null } | null;
}

export type PostcodeLookup = { ok: true; match: PostcodeMatch | null } | { ok: false; words: string };

/** The constituency and MP for a postcode (already normalised, e.g. "SW1A 1AA"); a match of null when there is none. */
export async function lookUpPostcode(client: ParliamentClient, postcode: string): Promise<PostcodeLookup> {
  const url = parliamentUrl('members', '/api/Location/Constituency/Search', { searchText: postcode, skip: 0, take: 1 });
  const answer = await client.getJson('members', url, ConstituencySearch);
  if (!answer.ok) return { ok: false, words: liveFailureWords(answer.failure, 'members') };
  // Never asked with an ETag, so never "not modified"; said for the type's sake.
  if ('notModified' in answer) return { ok: false, words: 'Parliament sent no answer.' };
  const first = answer.data.items[0]?.value;
  if (!first) return { ok: true, match: null };
  const member = first.currentRepresentation?.member.value;
  return {
    ok: true,
    match: {
      constituency: first.name,
      member: member ? { id: member.id, name: member.nameDisplayAs, party: member.latestParty?.name ?? null } : null,
    },
  };
}
