// Settings: the starter phrases under "What did you see?", for the teacher and for pupil mode, in
// the language the app is shown in. Empty means the built-in phrases.
import '../../ui/noticing.css';
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import { cleanStarters, getStarters, type StarterKind, setStarters } from '../../data/starters';
import { LANG_NAMES, useI18n } from '../../i18n/i18n';

export function StarterSettings() {
  const { m, lang } = useI18n();
  return (
    <section class="section card" aria-labelledby="starters-h">
      <h2 id="starters-h">{m.recognize.startersTitle}</h2>
      <p class="help">{m.recognize.startersHelp(LANG_NAMES[lang])}</p>
      <StarterField kind="teacher" label={m.recognize.startersTeacher} defaults={m.recognize.starterList} />
      <StarterField kind="pupil" label={m.recognize.startersPupil} defaults={m.pupilMode.starters} />
    </section>
  );
}

function StarterField(props: { kind: StarterKind; label: string; defaults: string[] }) {
  const { m, lang } = useI18n();
  const stored = useLiveQuery(() => getStarters(props.kind, lang), [props.kind, lang]);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (stored !== undefined) setText((stored ?? props.defaults).join('\n'));
  }, [stored, lang]);
  const id = `starters-${props.kind}`;
  const save = async (phrases: string[] | null) => {
    try {
      await setStarters(props.kind, lang, phrases);
      setStatus(phrases ? m.common.saved : m.recognize.startersReset);
    } catch {
      // The banner explains.
    }
  };
  return (
    <form
      class="starter-settings"
      onSubmit={(e) => {
        e.preventDefault();
        const phrases = cleanStarters(text);
        void save(phrases.length ? phrases : null);
      }}
    >
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        rows={4}
        dir="auto"
        value={text}
        aria-describedby={`${id}-status`}
        onInput={(e) => {
          setStatus('');
          setText(e.currentTarget.value);
        }}
      />
      <div class="row wrap">
        <button type="submit" class="btn">
          {m.common.save}
        </button>
        {stored && (
          <button type="button" class="btn ghost" onClick={() => void save(null)}>
            {m.recognize.startersUseDefault}
          </button>
        )}
        <span id={`${id}-status`} role="status" class="saved-status">
          {status}
        </span>
      </div>
    </form>
  );
}
