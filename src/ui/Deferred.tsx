// Loads a small piece of the shell after the first paint and shows nothing until it is there
// (unlike lazy(), which shows "Loading …" for whole screens).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Deferred(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    const { hasFeatures, requireFeatures } = useI18n();
    useEffect(() => {
      if (!hasFeatures) void requireFeatures();
    }, [hasFeatures]);
    useEffect(() => {
      if (C) return;
      let alive = true;
      void load().then((c) => {
        loaded = c;
        if (alive) setC(() => c);
      });
      return () => {
        alive = false;
      };
    }, [C]);
    return C && hasFeatures ? <C {...props} /> : null;
  };
}
