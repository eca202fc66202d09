// Pupil mode, step 4: "What did they do?" Short text with child-friendly starters; optional for
// the youngest classes. A double tap on Send never sends twice.
import { useRef, useState } from 'preact/hooks';
import { checkText } from '../../domain/recognition-text';
import type { Pupil, Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import { useI18n } from '../../i18n/i18n';
import { CountedText } from '../../ui/CountedText';

export function PupilTextStep(props: {
  target: Pupil;
  strength: Strength;
  optional: boolean;
  /** The teacher's own starter phrases, or the built-in ones when absent. */
  starters?: string[];
  onSend: (text: string) => Promise<boolean>;
}) {
  const { m, lang } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const name = props.target.name;
  return (
    <form
      class="pupil-text-step"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy.current) return;
        const problem = checkText(text, { optional: props.optional });
        if (problem === 'empty') {
          setError(m.pupilMode.needText(name));
          textRef.current?.focus();
          return;
        }
        if (problem) return; // too long: the counter already says so
        busy.current = true;
        setSending(true);
        try {
          if (!(await props.onSend(text))) setError(m.pupilMode.notSent);
        } finally {
          busy.current = false;
          setSending(false);
        }
      }}
    >
      <h1 id="step-h" tabIndex={-1}>
        {m.pupilMode.whatDidTheyDo(name)}
      </h1>
      <p class="pupil-chosen" style={{ '--strength': props.strength.color }}>
        <span aria-hidden="true">{props.strength.symbol}</span> {localized(props.strength.name, lang)}
      </p>
      <fieldset class="starters">
        <legend class="sr-only">{m.pupilMode.startersLabel}</legend>
        {(props.starters ?? m.pupilMode.starters).map((s) => (
          <button
            key={s}
            type="button"
            class="pupil-btn starter"
            onClick={() => {
              setError('');
              setText((t) => (t.trim() ? `${t.trimEnd()} ${s} ` : `${s} `));
              textRef.current?.focus();
            }}
          >
            {s} …
          </button>
        ))}
      </fieldset>
      <CountedText
        id="pupil-text"
        class="pupil-text"
        label={m.pupilMode.textLabel}
        help={props.optional ? m.pupilMode.textOptionalHint : m.pupilMode.textHelp}
        value={text}
        inputRef={textRef}
        error={error}
        onInput={(v) => {
          setError('');
          setText(v);
        }}
      />
      <button type="submit" class="pupil-btn primary send" disabled={sending}>
        <span aria-hidden="true">📨</span> {m.pupilMode.send}
      </button>
    </form>
  );
}
