// Loads a screen's code on first use, together with the feature strings, so the home screen stays small.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<unknown>(null);
    const { m, hasFeatures, requireFeatures } = useI18n();
    useEffect(() => {
      if (!hasFeatures) void requireFeatures();
    }, [hasFeatures]);
    useEffect(() => {
      if (C) return;
      pending ??= load();
      let alive = true;
      pending.then(
        (c) => {
          loaded = c;
          if (alive) setC(() => c);
        },
        (e: unknown) => {
          pending = null; // the next visit tries again
          if (alive) setFailed(() => e ?? new Error('load failed'));
        },
      );
      return () => {
        alive = false;
      };
    }, [C]);
    // The route's error boundary shows the plain message (for example, offline before the screen was cached).
    if (failed) throw failed;
    return C && hasFeatures ? <C {...props} /> : <p class="loading">{m.common.loading}</p>;
  };
}
