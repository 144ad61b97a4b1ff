import { observeQuery } from '../storage/live';
import { useEffect, useState } from 'preact/hooks';

/**
 * Preact twin of dexie-react-hooks' useLiveQuery: re-runs the query whenever
 * the tables it read change, in this page or any other page of the extension.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[] = []): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    return observeQuery(query, {
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((previous) => ({ value: previous.value, error })),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
