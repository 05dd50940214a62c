/**
 * A tiny, made-up set of dataset sources for the pipeline's stage tests: three
 * people (ids 101–103, names and seats invented, links on example.org), in the
 * same CSV and JSON shapes as shared/data. Tests swap in their own CSV text for
 * any file, so each can show one rule with a few rows.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parties } from '../../../scripts/dataset/parties';
import { BuildReport } from '../../../scripts/dataset/report';
import { parseSource, type CsvSource, type Sources } from '../../../scripts/dataset/sources';

export const TINY_CSV: Record<CsvSource, string> = {
  index: `mnis_id,twfy_person_id,name_variants,in_current_mp_lookup
101,9001,Alice Archer|Alice Archer-Smith,true
102,,Bob Baker,false
103,9003,Carol Clark,false
`,
  currentMps: `member_id,display_as,party_text,pcon_name,member_email,twfy_person_id,profile_url,country_name
101,Alice Archer,Labour,Northtown,alice.archer@example.org,9001,https://example.org/members/101,England
`,
  geWinners: `election_date,parliament_dissolved_on,mnis_id,given_name,family_name,constituency,party,adjunct_party,is_speaker,result_summary,member_url,country
2010-05-06,2015-03-30,102,Bob,Baker,Southvale,Conservative,,false,Con gain from Lab,https://example.org/ge/2010/southvale,England
2019-12-12,2024-05-30,101,Alice,Archer,NORTHTOWN,Labour,Co-operative,false,Lab hold,http://example.org/ge/2019/northtown,England
2024-07-04,,101,Alice,Archer,Northtown,Labour,,false,Lab hold,https://example.org/ge/2024/northtown,England
2024-07-04,,103,Carol,Clark,Westbridge,,,false,Ind gain from Con,https://example.org/ge/2024/westbridge,Wales
`,
  parlparse: `twfy_person_id,mnis_id,first_name,last_name,constituency,party,from_date,to_date,from_why
9002,,Bob,Baker,Southvale,Con,2010-05-06,2015-03-30,general_election
9003,,Carol,Clark,Westbridge,LDem,2012-11-15,2015-03-30,by_election
`,
  aliases: `alternate,fullname
Bobby Baker,Bob Baker
`,
  twfyMap: `twfy_person_id,mnis_id
9001,101
9002,102
`,
  alignment: `person_id,policy_id,period_slug,chamber,is_target,comparison_party,start_year,end_year,num_votes_same,num_strong_votes_same,num_votes_different,num_strong_votes_different,num_votes_absent,num_strong_votes_absent,num_votes_abstained,num_strong_votes_abstained
9001,1,ALL_TIME,commons,1,labour,2019,2024,3,2,1,0,0,0,0,0
9001,1,ALL_TIME,commons,0,labour,2019,2024,2.5,2,1.5,0,0,0,0,0
`,
  divisions: `division_key,house,date,number,title,bill_or_topic,ayes,noes,counts_note,source_url,source_type,twfy_policy_ids,notes
pw-2016-03-11-12-commons,commons,2016-03-11,12,Example Bill second reading,example-bill-2015-16 (second reading),300,200,,https://example.org/divisions/12,Public Whip,1,
`,
  events: `date_start,date_end,event,details,source_url,source_type
2016-01-12,2016-01-13,First 24-hour strike,Emergency care only,https://example.org/news/1,news report
`,
  ministers: `id,id_parliament,name
p-alice,101.0,Alice Archer
p-old,999.0,Olive Older
`,
  appointments: `id,person_id,post_id,start_date,end_date
a1,p-alice,post-hs,2015-05-11,2016-07-13
a2,p-alice,post-mos,2012-09-04,2015-05-08
a3,p-old,post-hs,1997-05-02,1998-07-27
`,
  ministerialPosts: `id,organisation_id,name
post-hs,org-dh,Secretary of State for Health
post-mos,org-dh,Minister of State
`,
  organisations: `id,name,short_name
org-dh,Department of Health,DH
`,
  healthRoles: `office,name,mnis_id,start_date,end_date,source_url
Shadow Secretary of State for Health (and Social Care),Carol Clark,103,2016-06-27,,https://example.org/roles/1
Secretary of State for Health,Alice Archer,101,2015-05-11,2016-07-13,https://example.org/roles/2
`,
};

export const TINY_BILLS = [
  {
    id: 'example-bill-2015-16',
    short_title: 'Example Bill 2015-16',
    popular_names: ['Example Reinstatement Bill'],
    act: 'Example Act 2016 (2016 c. 1)',
    session: '2015-16',
    type: "Private Member's Bill",
    house: 'Commons',
    sponsor: { name: 'Bob Baker' },
    stages: [
      {
        stage: '1st reading',
        house: 'Commons',
        date: '2015-07-14',
        source_url: 'https://example.org/bills/1',
        source_type: 'official (the House record)',
      },
      {
        stage: '2nd reading (talked out; no division)',
        house: 'Commons',
        date: '2016-03-11',
        source_url: 'http://example.org/bills/2',
        source_type: 'secondary',
      },
    ],
    outcome: 'Fell at the end of the session',
    source_quote: 'evidence only: not read',
  },
];

export const TINY_POLICIES = [
  {
    id: 1,
    name: '<b>Example</b> policy',
    context_description: 'An &quot;example&quot; policy',
    division_links: [1, 2],
  },
];

/** CSV text for one source: the tiny file's header, then `rows`. */
export function withRows(name: CsvSource, rows: string[]): string {
  const header = TINY_CSV[name].split('\n')[0];
  // A column added later (a seat's nation) is left empty in rows written without it.
  const fields = header.split(',').length;
  const padded = rows.map((row) => row + ','.repeat(Math.max(0, fields - row.split(',').length)));
  return [header, ...padded].join('\n');
}

/** The tiny sources as the sources stage reads them, with any CSV file replaced by `csv`. */
export function tinySources(csv: Partial<Record<CsvSource, string>> = {}): Sources {
  const text = { ...TINY_CSV, ...csv };
  return {
    index: parseSource('index', text.index),
    currentMps: parseSource('currentMps', text.currentMps),
    geWinners: parseSource('geWinners', text.geWinners),
    parlparse: parseSource('parlparse', text.parlparse),
    aliases: parseSource('aliases', text.aliases),
    twfyMap: parseSource('twfyMap', text.twfyMap),
    alignment: parseSource('alignment', text.alignment),
    divisions: parseSource('divisions', text.divisions),
    events: parseSource('events', text.events),
    ministers: parseSource('ministers', text.ministers),
    appointments: parseSource('appointments', text.appointments),
    ministerialPosts: parseSource('ministerialPosts', text.ministerialPosts),
    organisations: parseSource('organisations', text.organisations),
    healthRoles: parseSource('healthRoles', text.healthRoles),
    bills: structuredClone(TINY_BILLS),
    policies: structuredClone(TINY_POLICIES),
  };
}

/** Writes the tiny sources as files laid out like shared/data; returns the folder. */
export function writeTinySources(csv: Partial<Record<CsvSource, string>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bevan-dataset-'));
  const text = { ...TINY_CSV, ...csv };
  const files: Record<string, string> = {
    'mps/mps_index_by_mnis.csv': text.index,
    'mps/current_mps_mp_lookup.csv': text.currentMps,
    'mps/ge_winners_2010_2024.csv': text.geWinners,
    'mps/commons_memberships_2010_2015_parlparse.csv': text.parlparse,
    'mps/name_aliases_parlparse_2015.csv': text.aliases,
    'mps/twfy_person_to_mnis.csv': text.twfyMap,
    'divisions/twfy_person_policy_alignment_nhs.csv': text.alignment,
    'divisions/nhs_divisions_index.csv': text.divisions,
    'events/junior_doctors_timeline.csv': text.events,
    'ministers/person.csv': text.ministers,
    'ministers/appointment.csv': text.appointments,
    'ministers/post.csv': text.ministerialPosts,
    'ministers/organisation.csv': text.organisations,
    'roles/health_roles.csv': text.healthRoles,
    'bills/nhs_bills.json': JSON.stringify(TINY_BILLS),
    'divisions/twfy_policies_nhs.json': JSON.stringify(TINY_POLICIES),
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/**
 * GE rows (2015, for people not in the index) that spell every party parlparse
 * abbreviates, as the parties stage requires of the GE file; the tiny GE file
 * has only two parties.
 */
export const PARTY_SPELLING_ROWS = [
  'Conservative',
  'Labour',
  'Liberal Democrat',
  'Scottish National Party',
  'Plaid Cymru',
  'Democratic Unionist Party',
  'Social Democratic & Labour Party',
  'Sinn Féin',
  'UK Independence Party',
  'Green Party',
  'Alliance',
].map(
  (party, i) =>
    `2015-05-07,2017-05-03,${900 + i},A,B,Seat ${i},${party},,false,,https://example.org/ge/2015/${i},${nationOf(party)}`,
);

/** A nation each party's seat may be in, for the rows above. */
function nationOf(party: string): string {
  if (party === 'Scottish National Party') return 'Scotland';
  if (party === 'Plaid Cymru') return 'Wales';
  return /Unionist|Social Democratic|Sinn|Alliance/.test(party) ? 'Northern Ireland' : 'England';
}

/** The parties stage over the tiny GE file plus the spelling rows. */
export function tinyParties(sources: Sources, report = new BuildReport()) {
  const spellings = parseSource('geWinners', withRows('geWinners', PARTY_SPELLING_ROWS));
  return parties({ geWinners: [...sources.geWinners, ...spellings] }, report);
}
