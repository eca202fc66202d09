// The one way off a shared screen (/board, /pupil) back to teacher screens, and the lock that
// keeps it so: while a shared screen has been shown in this tab and a teacher PIN is set, every
// teacher screen asks for the PIN first (the back button, a typed address and a reload included).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasPin } from '../data/pin';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { isSharedScreen } from '../shared-screens';
import { lazy } from './lazy';
import { useModal } from './use-modal';

// Loaded only when a PIN is asked for, so the app shell stays small.
const PinForm = lazy(() => import('./PinForm').then((x) => x.PinForm));

const LOCK_KEY = 'dk.sharedScreen';

/** Called by the app shell whenever a shared screen is shown: remembers where to return to. */
export function markSharedScreen(where: string): void {
  try {
    sessionStorage.setItem(LOCK_KEY, where);
  } catch {
    // Storage blocked: the leave button still asks for the PIN.
  }
}

function sharedScreen(): string | null {
  try {
    return sessionStorage.getItem(LOCK_KEY);
  } catch {
    return null;
  }
}

function unlock(): void {
  try {
    sessionStorage.removeItem(LOCK_KEY);
  } catch {
    // Nothing to clear.
  }
}

export function LeaveSharedScreen(props: { to: string; class?: string; children: ComponentChildren }) {
  const [asking, setAsking] = useState(false);
  // From one shared screen to another (the board's timer and back) is not leaving: no PIN, no unlock.
  const toShared = isSharedScreen(props.to);
  const leave = () => {
    if (!toShared) unlock();
    navigate(props.to);
  };
  return (
    <>
      <button
        type="button"
        class={props.class ?? 'btn'}
        onClick={async () => {
          if (!toShared && (await hasPin().catch(() => true))) setAsking(true);
          else leave();
        }}
      >
        {props.children}
      </button>
      {asking && <PinDialog onUnlock={leave} onCancel={() => setAsking(false)} />}
    </>
  );
}

function PinDialog(props: { onUnlock: () => void; onCancel: () => void }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} class="dialog pin-dialog" aria-labelledby="pin-dialog-h" onCancel={props.onCancel}>
      <h2 id="pin-dialog-h">{m.pin.title}</h2>
      <p>{m.pin.enterToLeave}</p>
      <PinForm idPrefix="leave" onUnlock={props.onUnlock} onCancel={props.onCancel} />
    </dialog>
  );
}

/** Wraps the teacher screens: shows a PIN prompt instead while the tab is locked to a shared screen. */
export function TeacherScreenGate(props: { shared: boolean; children: ComponentChildren }) {
  const { m } = useI18n();
  const [state, setState] = useState<'checking' | 'locked' | 'open'>(() =>
    props.shared || !sharedScreen() ? 'open' : 'checking',
  );
  useEffect(() => {
    if (state !== 'checking') return;
    let alive = true;
    hasPin()
      .catch(() => true)
      .then((pin) => {
        if (!alive) return;
        if (!pin) unlock();
        setState(pin ? 'locked' : 'open');
      });
    return () => {
      alive = false;
    };
  }, [state]);
  if (state === 'open') return <>{props.children}</>;
  if (state === 'checking') return <p class="loading">{m.common.loading}</p>;
  const back = sharedScreen();
  return (
    <main id="main" class="page locked-screen">
      <h1>{m.pin.lockedTitle}</h1>
      <p class="lead">{m.pin.lockedText}</p>
      <PinForm
        idPrefix="gate"
        onUnlock={() => {
          unlock();
          setState('open');
        }}
        onCancel={back ? () => navigate(back) : undefined}
        cancelLabel={m.pin.backToShared}
      />
    </main>
  );
}
