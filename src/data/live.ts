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
    // Only when not loading already: an extra render here would shift every screen's first frames.
    setState((s) => (s.k === 'loading' ? s : { k: 'loading' }));
    const sub = liveQuery(() => {
      // A query throwing at once would escape Dexie (it reports rejections only): make it one. Not an
      // async wrapper: that would change how Dexie runs the query.
      try {
        return query();
      } catch (err) {
        return Promise.reject(err);
      }
    }).subscribe({
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
