// Asks for the teacher PIN. "Glemt PIN-koden?" asks for the recovery code the teacher was given
// when the PIN was set (something a pupil does not have); it removes the PIN and nothing else.
// Wrong tries of either count towards the device's stored wait (src/data/pin.ts).
import '../../ui/noticing.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPin, type PinCheck, recoverWithCode } from '../../data/pin';
import { useI18n } from '../../i18n/i18n';

export function PinForm(props: {
  onUnlock: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
  idPrefix: string;
}) {
  const { m } = useI18n();
  const [recovery, setRecovery] = useState(false);
  // The two forms differ only in their words and their check; one form (and one submit) serves both.
  const variant: Omit<SecretFormProps, 'id' | 'onUnlock'> = recovery
    ? {
        kind: 'code',
        title: m.teacherPin.forgotTitle,
        help: m.teacherPin.forgotText,
        label: m.teacherPin.forgotLabel,
        submit: m.teacherPin.forgotConfirm,
        wrong: m.teacherPin.forgotWrong,
        check: recoverWithCode,
        onCancel: () => setRecovery(false),
        cancelLabel: m.common.back,
      }
    : {
        kind: 'pin',
        label: m.teacherPin.label,
        submit: m.teacherPin.unlock,
        wrong: m.teacherPin.wrong,
        check: checkPin,
        onCancel: props.onCancel,
        cancelLabel: props.cancelLabel,
        onForgot: () => setRecovery(true),
      };
  return (
    <SecretForm
      key={variant.kind}
      {...variant}
      id={`${props.idPrefix}-${variant.kind}`}
      onUnlock={props.onUnlock}
    />
  );
}

interface SecretFormProps {
  id: string;
  kind: 'pin' | 'code';
  title?: string;
  help?: string;
  label: string;
  submit: string;
  wrong: string;
  check: (typed: string) => Promise<PinCheck>;
  onUnlock: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
  onForgot?: () => void;
}

function SecretForm(props: SecretFormProps) {
  const { m } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = props.id;
  const pin = props.kind === 'pin';

  useEffect(() => input.current?.focus(), []);

  return (
    <form
      class="pin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        try {
          const res = await props.check(value);
          if (res.result === 'ok') {
            props.onUnlock();
            return;
          }
          setValue('');
          setError(res.result === 'wait' ? m.teacherPin.wait(res.seconds) : props.wrong);
        } catch {
          // Fail closed: the PIN could not be read or the wait not stored, so nothing opens.
          setError(m.pin.unreadable);
        } finally {
          setBusy(false);
        }
        input.current?.focus();
      }}
    >
      <span class="pin-lock" aria-hidden="true">
        🔒
      </span>
      {props.title && <h3>{props.title}</h3>}
      {props.help && <p id={`${id}-help`}>{props.help}</p>}
      <label for={id}>{props.label}</label>
      <input
        ref={input}
        id={id}
        type={pin ? 'password' : 'text'}
        class={pin ? undefined : 'recovery-code'}
        inputMode={pin ? 'numeric' : 'text'}
        autoComplete="off"
        autoCapitalize={pin ? undefined : 'characters'}
        spellcheck={false}
        maxLength={pin ? 8 : 20}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [props.help ? `${id}-help` : '', error ? `${id}-err` : ''].join(' ').trim() || undefined
        }
        onInput={(e) => {
          setValue(pin ? e.currentTarget.value.replace(/\D/g, '') : e.currentTarget.value);
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
        <button type="submit" class={pin ? 'btn primary' : 'btn danger'} disabled={busy}>
          {props.submit}
        </button>
      </div>
      {props.onForgot && (
        <button type="button" class="btn ghost pin-forgot" onClick={props.onForgot}>
          {m.teacherPin.forgotTitle}
        </button>
      )}
    </form>
  );
}
