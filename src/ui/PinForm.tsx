// Asks for the teacher PIN. Holds the forgotten-PIN recovery a child would not find by accident:
// press and hold the lock for five seconds (or Alt+Shift+G), then type a confirmation phrase.
// Recovery only removes the PIN; no other data is touched.
import './noticing.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearPin, verifyPin } from '../data/pin';
import { useI18n } from '../i18n/i18n';

const HOLD_MS = 5000;
const MAX_TRIES = 5;
const WAIT_S = 30;

// Kept for the page's lifetime, so closing and reopening the PIN window does not reset the count.
const attempts = { failed: 0, waitUntil: 0 };

export function PinForm(props: {
  onUnlock: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
  idPrefix: string;
}) {
  const { m } = useI18n();
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const hold = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const id = props.idPrefix;

  useEffect(() => {
    input.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyG') {
        e.preventDefault();
        setRecovery(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.clearTimeout(hold.current);
    };
  }, []);

  const startHold = () => {
    window.clearTimeout(hold.current);
    hold.current = window.setTimeout(() => setRecovery(true), HOLD_MS);
  };
  const stopHold = () => window.clearTimeout(hold.current);

  if (recovery)
    return <PinRecovery idPrefix={id} onDone={props.onUnlock} onCancel={() => setRecovery(false)} />;

  return (
    <form
      class="pin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        const left = Math.ceil((attempts.waitUntil - Date.now()) / 1000);
        if (left > 0) {
          setError(m.pin.wait(left));
          return;
        }
        setBusy(true);
        try {
          if (await verifyPin(pin)) {
            attempts.failed = 0;
            props.onUnlock();
            return;
          }
          attempts.failed++;
          setPin('');
          if (attempts.failed >= MAX_TRIES) {
            attempts.failed = 0;
            attempts.waitUntil = Date.now() + WAIT_S * 1000;
            setError(m.pin.wait(WAIT_S));
          } else setError(m.pin.wrong);
          input.current?.focus();
        } finally {
          setBusy(false);
        }
      }}
    >
      <span
        class="pin-lock"
        aria-hidden="true"
        onPointerDown={startHold}
        onPointerUp={stopHold}
        onPointerLeave={stopHold}
        onPointerCancel={stopHold}
        onContextMenu={(e) => e.preventDefault()}
      >
        🔒
      </span>
      <label for={`${id}-pin`}>{m.pin.label}</label>
      <input
        ref={input}
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => {
          setPin(e.currentTarget.value.replace(/\D/g, ''));
          setError('');
        }}
      />
      <p id={`${id}-err`} class="field-error" role="alert">
        {error}
      </p>
      <div class="row end wrap">
        {props.onCancel && (
          <button type="button" class="btn ghost" onClick={props.onCancel}>
            {props.cancelLabel ?? m.common.cancel}
          </button>
        )}
        <button type="submit" class="btn primary" disabled={busy}>
          {m.pin.unlock}
        </button>
      </div>
    </form>
  );
}

function PinRecovery(props: { idPrefix: string; onDone: () => void; onCancel: () => void }) {
  const { m } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `${props.idPrefix}-forgot`;
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return (
    <form
      class="pin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        if (norm(text) !== norm(m.pin.forgotPhrase)) {
          setError(m.pin.forgotMismatch);
          return;
        }
        setBusy(true);
        try {
          await clearPin();
          props.onDone();
        } catch {
          // The banner explains; the PIN is still set.
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{m.pin.forgotTitle}</h3>
      <p id={`${id}-help`}>{m.pin.forgotText(m.pin.forgotPhrase)}</p>
      <label for={id}>{m.pin.forgotLabel}</label>
      <input
        id={id}
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-help`}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setError('');
        }}
      />
      <p class="field-error" role="alert">
        {error}
      </p>
      <div class="row end wrap">
        <button type="button" class="btn ghost" onClick={props.onCancel}>
          {m.common.back}
        </button>
        <button type="submit" class="btn danger" disabled={busy}>
          {m.pin.forgotConfirm}
        </button>
      </div>
    </form>
  );
}
