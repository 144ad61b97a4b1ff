import { BackstoryDb, setDbForTesting } from './db';

let counter = 0;
/** A fresh, empty database per test (fake-indexeddb in Node). */
export function useFreshDb(): BackstoryDb {
  const db = new BackstoryDb(`backstory-test-${process.pid}-${++counter}`);
  setDbForTesting(db);
  return db;
}
