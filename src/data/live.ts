// The one read path for components: a small useLiveQuery over Dexie's liveQuery (no React peer).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { classifyError, reportError } from '../app-errors';

/** Returns undefined while loading, then the live result; re-runs when deps change. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue(() => v),
      error: (err) =>
        reportError(classifyError(err) === 'writeFailed' ? 'openFailed' : classifyError(err), err),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
