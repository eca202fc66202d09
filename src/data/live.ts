// The one read path for components: a small useLiveQuery over Dexie's liveQuery (no React peer).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { classifyError, ReadFailedError, reportError } from '../app-errors';

type State<T> = { k: 'loading' } | { k: 'value'; value: T } | { k: 'failed'; error: unknown };

/**
 * Returns undefined while loading, then the live result; re-runs when deps change. A query that
 * fails throws ReadFailedError while rendering: the screen's error boundary (RouteErrorBoundary)
 * shows a plain message instead of "loading" for ever.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [state, setState] = useState<State<T>>({ k: 'loading' });
  useEffect(() => {
    setState({ k: 'loading' });
    // Async, so that a query throwing at once becomes a rejection Dexie reports (it would escape).
    const sub = liveQuery(async () => query()).subscribe({
      next: (value) => setState({ k: 'value', value }),
      error: (error) => {
        reportError(classifyError(error) === 'writeFailed' ? 'openFailed' : classifyError(error), error);
        setState({ k: 'failed', error });
      },
    });
    return () => sub.unsubscribe();
  }, deps);
  if (state.k === 'failed') throw new ReadFailedError(state.error);
  return state.k === 'value' ? state.value : undefined;
}
