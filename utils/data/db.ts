/**
 * Bevan's IndexedDB database. Opened only by the background: IndexedDB opened
 * from a content script would belong to the news site's origin.
 *
 * The schema grows by migrations, one per version, applied in order from the
 * version a user has. A migration may add stores and indexes; it never drops a
 * store that holds campaigner or pack records.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Bill, DisputeEvent, Division, Membership, NhsPolicy, Person, Post, Stance, VotingRecord } from './schema';
import type { LiveRecord } from '../parliament/live-store';

export const DB_NAME = 'bevan';

export interface BevanSchema extends DBSchema {
  people: { key: number; value: Person; indexes: { byOrigin: string } };
  memberships: {
    key: string;
    value: Membership;
    indexes: { byOrigin: string; byPerson: number; byConstituency: string };
  };
  bills: { key: string; value: Bill; indexes: { byOrigin: string; bySponsor: number } };
  policies: { key: number; value: NhsPolicy; indexes: { byOrigin: string } };
  votingRecords: { key: string; value: VotingRecord; indexes: { byOrigin: string; byPerson: number } };
  divisions: { key: string; value: Division; indexes: { byOrigin: string; byBill: string } };
  disputeEvents: { key: string; value: DisputeEvent; indexes: { byOrigin: string; byStart: string } };
  stances: { key: string; value: Stance; indexes: { byOrigin: string; byPerson: number } };
  posts: { key: string; value: Post; indexes: { byOrigin: string; byPerson: number; byRole: string } };
  /** Facts read live from Parliament's APIs, each as it was checked, keyed by what it describes (`member/172`). */
  liveFacts: { key: string; value: LiveRecord };
  /** Small facts about the database itself, such as the bundled dataset's version. */
  meta: { key: string; value: unknown };
}

export type BevanDb = IDBPDatabase<BevanSchema>;
export type RecordStore = Exclude<StoreNames<BevanSchema>, 'meta' | 'liveFacts'>;
export const RECORD_STORES: RecordStore[] = [
  'people',
  'memberships',
  'bills',
  'policies',
  'votingRecords',
  'divisions',
  'disputeEvents',
  'stances',
  'posts',
];

type UpgradeTransaction = IDBPTransaction<BevanSchema, StoreNames<BevanSchema>[], 'versionchange'>;
type Migration = (db: BevanDb, transaction: UpgradeTransaction) => void;

/**
 * MIGRATIONS[n] takes a database from version n to n + 1. Append only: a
 * released migration never changes, because users' databases already ran it.
 */
export const MIGRATIONS: Migration[] = [
  // 0 → 1: the record stores, each with an origin index so that a bundled
  // update can replace bundled records without touching campaigners' ones.
  (db) => {
    db.createObjectStore('people', { keyPath: 'id' }).createIndex('byOrigin', 'origin');
    const memberships = db.createObjectStore('memberships', { keyPath: 'id' });
    memberships.createIndex('byOrigin', 'origin');
    memberships.createIndex('byPerson', 'personId');
    const bills = db.createObjectStore('bills', { keyPath: 'id' });
    bills.createIndex('byOrigin', 'origin');
    bills.createIndex('bySponsor', 'sponsorId');
    db.createObjectStore('policies', { keyPath: 'id' }).createIndex('byOrigin', 'origin');
    const votingRecords = db.createObjectStore('votingRecords', { keyPath: 'id' });
    votingRecords.createIndex('byOrigin', 'origin');
    votingRecords.createIndex('byPerson', 'personId');
    const divisions = db.createObjectStore('divisions', { keyPath: 'id' });
    divisions.createIndex('byOrigin', 'origin');
    divisions.createIndex('byBill', 'billId');
    const disputeEvents = db.createObjectStore('disputeEvents', { keyPath: 'id' });
    disputeEvents.createIndex('byOrigin', 'origin');
    disputeEvents.createIndex('byStart', 'start');
    const stances = db.createObjectStore('stances', { keyPath: 'id' });
    stances.createIndex('byOrigin', 'origin');
    stances.createIndex('byPerson', 'personId');
    db.createObjectStore('meta');
  },
  // 1 → 2: the constituency chooser ("who is my MP?") looks memberships up by seat.
  (_db, transaction) => {
    transaction.objectStore('memberships').createIndex('byConstituency', 'constituency');
  },
  // 2 → 3: posts held (for "Health Secretary on 14 March 2016"), and the live facts read from Parliament's APIs.
  (db) => {
    const posts = db.createObjectStore('posts', { keyPath: 'id' });
    posts.createIndex('byOrigin', 'origin');
    posts.createIndex('byPerson', 'personId');
    posts.createIndex('byRole', 'role');
    db.createObjectStore('liveFacts', { keyPath: 'key' });
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Opens (creating or upgrading) the database. `version` is for tests that
 * build an older schema to upgrade from.
 */
export function openBevanDb(name = DB_NAME, version = SCHEMA_VERSION): Promise<BevanDb> {
  return openDB<BevanSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) MIGRATIONS[step](db, transaction);
    },
    blocking(_current, _next, event) {
      // Another context wants a newer schema: let it, rather than stall it.
      (event.target as IDBDatabase).close();
    },
  });
}
