// What the plain pages of a pupil tablet and a classroom screen share (docs/sync.md §5): the class's
// name, and one sync round on demand (the background loop runs them by itself; the button is for a
// teacher who wants it now). The sync code comes with import() on the first press.
import { useEffect, useState } from 'preact/hooks';
import { getClass } from '../../data/classes';

/** The class's name, or null while it is read (or when the class is not on this device). */
export function useClassName(classId: string): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void getClass(classId).then((c) => setName(c?.name ?? null));
  }, [classId]);
  return name;
}

export type RoundNow = 'idle' | 'busy' | 'done' | 'failed';

/** One round with the server when asked: its state, and the function that starts it. */
export function useRoundNow(classId: string): [RoundNow, () => Promise<void>] {
  const [state, setState] = useState<RoundNow>('idle');
  async function run() {
    setState('busy');
    try {
      const { syncClass } = await import('../../data/sync-class');
      setState((await syncClass(classId)).ok ? 'done' : 'failed');
    } catch (e) {
      console.error(e);
      setState('failed');
    }
  }
  return [state, run];
}
