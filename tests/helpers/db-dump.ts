/** Reads a whole Bevan database back, store by store, for tests that compare states. */
import type { IDBPDatabase } from 'idb';
import type { BevanDb } from '@/utils/data/db';

export type DatabaseDump = Record<string, [IDBValidKey, unknown][]>;

/** The database without its record types: stores are walked by name, whatever its version has. */
export const untyped = (db: BevanDb) => db as unknown as IDBPDatabase;

/** Every record of the given stores (all of them by default) with its key, in key order. */
export async function dumpDatabase(db: BevanDb, names: string[] = [...db.objectStoreNames]): Promise<DatabaseDump> {
  const transaction = untyped(db).transaction(names, 'readonly');
  const stores = await Promise.all(
    names.map(async (name) => {
      const store = transaction.objectStore(name);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      return [name, keys.map((key, index) => [key, values[index]] as [IDBValidKey, unknown])] as const;
    }),
  );
  return Object.fromEntries(stores);
}
