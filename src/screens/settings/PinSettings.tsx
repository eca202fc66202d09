// Settings: set, change or remove the optional teacher PIN (4-8 digits, stored as a salted hash),
// show its recovery code once, and tell the teacher when the recovery code was used.
import '../../ui/noticing.css';
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import { checkPin, clearPin, hasPin, hasRecoveryCode, newRecoveryCode, setPin } from '../../data/pin';
import { isValidPin } from '../../domain/recognition-text';
import { useI18n } from '../../i18n/i18n';
import { PinRecoveryNotice } from './PinRecoveryNotice';

type Mode = 'idle' | 'set' | 'remove' | 'code';

export function PinSettings() {
  const { m } = useI18n();
  const isSet = useLiveQuery(() => hasPin(), []);
  const withCode = useLiveQuery(() => hasRecoveryCode(), []);
  const [code, setCode] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const digits = (v: string) => v.replace(/\D/g, '').slice(0, 8);
  const reset = (to: Mode) => {
    setMode(to);
    setCurrent('');
    setNext('');
    setRepeat('');
    setError('');
  };
  if (isSet === undefined) return null;

  const submit = async () => {
    if (busy) return;
    if (mode === 'set') {
      if (!isValidPin(next)) return setError(m.teacherPin.invalid);
      if (next !== repeat) return setError(m.teacherPin.mismatch);
    }
    setBusy(true);
    try {
      if (isSet) {
        // The same stored wait as the PIN window: the settings are no way round it.
        const check = await checkPin(current);
        if (check.result !== 'ok') {
          setCurrent('');
          setError(check.result === 'wait' ? m.teacherPin.wait(check.seconds) : m.teacherPin.wrong);
          return;
        }
      }
      if (mode === 'remove') await clearPin();
      else setCode(mode === 'set' ? await setPin(next) : await newRecoveryCode());
      setStatus(mode === 'remove' ? m.teacherPin.removed : mode === 'set' ? m.teacherPin.saved : '');
      reset('idle');
    } catch {
      // The banner explains; the old PIN (and its recovery code) still hold.
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="pin-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'pin-settings-err' : undefined}
        onInput={(e) => {
          setError('');
          set(digits(e.currentTarget.value));
        }}
      />
    </div>
  );

  return (
    <section class="section card" aria-labelledby="pin-h">
      <h2 id="pin-h">{m.teacherPin.settingsTitle}</h2>
      <p class="help">{m.teacherPin.settingsHelp}</p>
      <p>
        <strong>{isSet ? m.teacherPin.isSet : m.teacherPin.notSet}</strong>
      </p>
      <PinRecoveryNotice />
      <p role="status" class="saved-status">
        {status}
      </p>
      {code && (
        <section class="recovery-code-box" aria-labelledby="pin-code-h">
          <h3 id="pin-code-h">{m.teacherPin.codeTitle}</h3>
          <p class="recovery-code">{code}</p>
          <p>{m.teacherPin.codeText}</p>
          <button type="button" class="btn primary" onClick={() => setCode(null)}>
            {m.teacherPin.codeDone}
          </button>
        </section>
      )}
      {isSet && withCode === false && !code && <p class="help">{m.teacherPin.noCode}</p>}
      {mode === 'idle' ? (
        <div class="row wrap">
          <button
            type="button"
            class="btn"
            onClick={() => {
              setStatus('');
              setCode(null);
              reset('set');
            }}
          >
            {isSet ? m.teacherPin.changePin : m.teacherPin.setPin}
          </button>
          {isSet && (
            <button
              type="button"
              class="btn ghost danger-text"
              onClick={() => {
                setStatus('');
                reset('remove');
              }}
            >
              {m.teacherPin.removePin}
            </button>
          )}
          {isSet && (
            <button
              type="button"
              class="btn ghost"
              onClick={() => {
                setStatus('');
                setCode(null);
                reset('code');
              }}
            >
              {m.teacherPin.newCode}
            </button>
          )}
        </div>
      ) : (
        <form
          class="pin-settings-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {isSet && field('pin-current', m.teacherPin.currentPin, current, setCurrent)}
          {mode === 'set' && field('pin-new', m.teacherPin.newPin, next, setNext)}
          {mode === 'set' && field('pin-repeat', m.teacherPin.repeatPin, repeat, setRepeat)}
          <p id="pin-settings-err" class="field-error" role="alert">
            {error}
          </p>
          <div class="row wrap">
            <button type="submit" class={mode === 'remove' ? 'btn danger' : 'btn primary'} disabled={busy}>
              {mode === 'remove'
                ? m.teacherPin.removePin
                : mode === 'code'
                  ? m.teacherPin.newCode
                  : m.common.save}
            </button>
            <button type="button" class="btn ghost" onClick={() => reset('idle')}>
              {m.common.cancel}
            </button>
          </div>
        </form>
      )}
      <p class="help">{m.teacherPin.recoveryHint}</p>
    </section>
  );
}
