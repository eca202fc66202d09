// The lock that keeps the teacher screens closed after a shared screen (/board, /pupil, ...). The
// lock belongs to the device, not the tab: once a shared screen has been shown and while a teacher
// PIN is set, every teacher screen in every tab, after a reload or a restart of the browser, asks for
// the PIN first; nothing of it renders before the lock is checked. The way off a shared screen is
// LeaveSharedScreen.tsx.
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { classifyError } from '../../app-errors';
import { openHasFailed } from '../../data/db';
import {
  localLock,
  lockDevice,
  lockedWhere,
  onLockChange,
  pinStatus,
  sharedDevice,
  unlockDevice,
} from '../../data/pin-state';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';
import { lazy } from '../../ui/lazy';
import { ShellWaiting } from '../../ui/ShellWaiting';

// Loaded only when a PIN is asked for, so the app shell stays small.
const PinForm = lazy(() => import('./PinForm').then((x) => x.PinForm));
// Only in a build with a sync server: the page of a device paired as a pupil tablet or a classroom
// screen (docs/sync.md §5). Made only when rendered behind `__DK_SYNC__`, a build-time literal, as
// SettingsScreen's sync section is: a build without a server then has neither the import() nor the
// chunks (they pull in the sync code, and the service worker would download them for every visitor).
let LazyTabletPage: ComponentType<{ classId: string }> | undefined;
let LazyScreenPage: ComponentType<{ classId: string }> | undefined;
function SharedDevicePage({ role, classId }: { role: 'tablet' | 'screen'; classId: string }) {
  if (role === 'tablet') {
    LazyTabletPage ??= lazy(() => import('./TabletPage').then((x) => x.TabletPage));
    return <LazyTabletPage classId={classId} />;
  }
  LazyScreenPage ??= lazy(() => import('./ScreenPage').then((x) => x.ScreenPage));
  return <LazyScreenPage classId={classId} />;
}

/** Called by the app shell whenever a shared screen is shown: locks the device. */
export function markSharedScreen(where: string): void {
  if (localLock() !== where) lockDevice(where);
}

type GateState = 'checking' | 'locked' | 'open' | 'error' | 'tablet' | 'screen';

/** Is this device locked to a shared screen? 'error' when the lock or the PIN cannot be read. */
async function checkLock(): Promise<{ state: GateState; back: string | null }> {
  try {
    // A pupil tablet offers pupil mode only, a classroom screen the shared screens only: no teacher
    // screen, no PIN form, whatever the lock says.
    if (__DK_SYNC__) {
      const paired = await sharedDevice();
      if (paired) return { state: paired.role, back: paired.classId };
    }
    const where = await lockedWhere();
    if (!where) return { state: 'open', back: null };
    const status = await pinStatus();
    if (status === 'none') {
      await unlockDevice();
      return { state: 'open', back: null };
    }
    return { state: status === 'set' ? 'locked' : 'error', back: where };
  } catch (err) {
    // The database cannot be opened at all and no shared screen locked this computer: no teacher
    // data can be shown anyway, and the app's own help (restore from a backup) must be reachable.
    // With the lock in localStorage it stays closed.
    if (!localLock() && (openHasFailed() || classifyError(err) === 'openFailed'))
      return { state: 'open', back: null };
    return { state: 'error', back: null };
  }
}

/** Wraps the teacher screens: shows a PIN prompt instead while the device is locked to a shared screen. */
export function TeacherScreenGate(props: { shared: boolean; children: ComponentChildren }) {
  const { m } = useI18n();
  const [state, setState] = useState<GateState>(props.shared ? 'open' : 'checking');
  const [back, setBack] = useState<string | null>(null);
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    if (props.shared) return;
    // Another tab opened a shared screen (or gave the PIN), or the page came back from the cache.
    const recheck = () => {
      setState('checking');
      setEpoch((e) => e + 1);
    };
    const onShow = (e: PageTransitionEvent) => e.persisted && recheck();
    const stop = onLockChange(recheck);
    window.addEventListener('pageshow', onShow);
    return () => {
      stop();
      window.removeEventListener('pageshow', onShow);
    };
  }, [props.shared]);
  useEffect(() => {
    if (props.shared) return;
    let alive = true;
    void checkLock().then((r) => {
      if (!alive) return;
      setBack(r.back);
      setState(r.state);
    });
    return () => {
      alive = false;
    };
  }, [props.shared, epoch]);
  if (state === 'open') return <>{props.children}</>;
  if (__DK_SYNC__ && (state === 'tablet' || state === 'screen') && back)
    return <SharedDevicePage role={state} classId={back} />;
  // The static shell's own markup (public words only), so its painted nodes stay while the lock is read.
  if (state === 'checking') return <ShellWaiting />;
  if (state === 'error')
    return (
      <main id="main" class="page locked-screen">
        <h1>{m.pin.lockedTitle}</h1>
        <p class="lead" role="alert">
          {m.pin.unreadable}
        </p>
        <button
          type="button"
          class="btn"
          onClick={() => {
            setState('checking');
            setEpoch((e) => e + 1);
          }}
        >
          {m.pin.retry}
        </button>
      </main>
    );
  return (
    <main id="main" class="page locked-screen">
      <h1>{m.pin.lockedTitle}</h1>
      <p class="lead">{m.pin.lockedText}</p>
      <PinForm
        idPrefix="gate"
        onUnlock={async () => {
          await unlockDevice();
          setState('open');
        }}
        onCancel={back ? () => navigate(back) : undefined}
        cancelLabel={m.pin.backToShared}
      />
    </main>
  );
}
