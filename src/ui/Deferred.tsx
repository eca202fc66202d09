// Loads a small piece of the shell after the first paint and shows nothing until it is there
// (unlike lazy(), which shows "Loading …" for whole screens).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Deferred(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
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
    return C ? <C {...props} /> : null;
  };
}
