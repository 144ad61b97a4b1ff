// Live queries: the database's change notifications, for components that re-render when data changes
// in any page of the extension. Components use this, never Dexie itself.
import { liveQuery } from 'dexie';

export interface LiveObserver<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** Runs `query` now and again whenever the tables it read change; returns the unsubscribe. */
export function observeQuery<T>(query: () => Promise<T> | T, observer: LiveObserver<T>): () => void {
  const subscription = liveQuery(query).subscribe({ next: observer.next, error: observer.error });
  return () => subscription.unsubscribe();
}
