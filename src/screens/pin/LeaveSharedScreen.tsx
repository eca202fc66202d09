// The one way off a shared screen (/board, /pupil, ...) back to teacher screens: with a teacher PIN
// set, it asks for the PIN first. The lock that keeps every tab's teacher screens closed after a
// shared screen is TeacherScreenGate.tsx (part of the app shell; this file loads with the shared
// screens).
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { pinStatus, unlockDevice } from '../../data/pin-state';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';
import { isSharedScreen } from '../../shared-screens';
import { lazy } from '../../ui/lazy';
import { useModal } from '../../ui/use-modal';

// Loaded only when a PIN is asked for, so the app shell stays small.
const PinForm = lazy(() => import('./PinForm').then((x) => x.PinForm));

export function LeaveSharedScreen(props: { to: string; class?: string; children: ComponentChildren }) {
  const [asking, setAsking] = useState(false);
  // From one shared screen to another (the board's timer and back) is not leaving: no PIN, no unlock.
  const toShared = isSharedScreen(props.to);
  const leave = async () => {
    if (!toShared) await unlockDevice();
    navigate(props.to);
  };
  return (
    <>
      <button
        type="button"
        class={props.class ?? 'btn'}
        onClick={async () => {
          // Fail closed: a PIN that cannot be read is asked for (and cannot be given).
          if (!toShared && (await pinStatus().catch(() => 'unreadable')) !== 'none') setAsking(true);
          else void leave();
        }}
      >
        {props.children}
      </button>
      {asking && <PinDialog onUnlock={() => void leave()} onCancel={() => setAsking(false)} />}
    </>
  );
}

function PinDialog(props: { onUnlock: () => void; onCancel: () => void }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} class="dialog pin-dialog" aria-labelledby="pin-dialog-h" onCancel={props.onCancel}>
      <h2 id="pin-dialog-h">{m.teacherPin.title}</h2>
      <p>{m.teacherPin.enterToLeave}</p>
      <PinForm idPrefix="leave" onUnlock={props.onUnlock} onCancel={props.onCancel} />
    </dialog>
  );
}
