// What the plain pages of a pupil tablet and a classroom screen share (docs/sync.md §5): the class's
// name, and one sync round on demand (the background loop runs them by itself; the button is for a
// teacher who wants it now); after a good round, the device's hello for the day (docs/sync.md §6.2).
// The sync code comes with import() on the first press.
import { useEffect, useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { onSyncStatus, syncStatus } from '../../data/sync-status';
import { useI18n } from '../../i18n/i18n';
import { namingFrom } from '../settings/device-naming';

/** The class's name, or null while it is read (or when the class is not on this device). */
export function useClassName(classId: string): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void getClass(classId).then((c) => setName(c?.name ?? null));
  }, [classId]);
  return name;
}

/** `refused`: the device was removed from the class (docs/sync.md §7), the server no longer knows it. */
export type RoundNow = 'idle' | 'busy' | 'done' | 'failed' | 'refused';

/** One round with the server when asked: its state, and the function that starts it. */
export function useRoundNow(classId: string): [RoundNow, () => Promise<void>] {
  const { m } = useI18n();
  const [state, setState] = useState<RoundNow>(() =>
    syncStatus(classId)?.kind === 'refused' ? 'refused' : 'idle',
  );
  // The background loop's rounds are refused too when the device was taken out of the class: the
  // page says so without a press.
  useEffect(() => {
    const look = () => {
      if (syncStatus(classId)?.kind === 'refused') setState((now) => (now === 'busy' ? now : 'refused'));
    };
    look();
    return onSyncStatus(look);
  }, [classId]);
  async function run() {
    setState('busy');
    try {
      const { syncClass } = await import('../../data/sync-class');
      const r = await syncClass(classId);
      setState(r.ok ? 'done' : r.problem === 'refused' ? 'refused' : 'failed');
      if (r.ok) {
        const { touchHello } = await import('../../data/sync-devices');
        await touchHello(classId, namingFrom(m.sync));
      }
    } catch (e) {
      console.error(e);
      setState('failed');
    }
  }
  return [state, run];
}
