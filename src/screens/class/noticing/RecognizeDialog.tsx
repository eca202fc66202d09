// The teacher's quick recognition: who -> which strength -> what was seen -> who noticed it.
// One screen, so a recognition takes three taps plus the text. Also edits a saved group.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addTeacherRecognition,
  type SaveProblem,
  type TeacherRecognitionInput,
  updateRecognitionGroup,
} from '../../../data/recognitions';
import { todayIso } from '../../../domain/dates';
import { starterFor } from '../../../domain/starters';
import type { NoticedBy, Pupil, Strength } from '../../../domain/types';
import { localized } from '../../../domain/wording';
import { useI18n } from '../../../i18n/i18n';
import { CountedText } from '../../../ui/CountedText';
import { useModal } from '../../../ui/use-modal';
import { NoticedByField } from './NoticedByField';

export interface RecognitionDraft {
  ids: string[];
  pupils: string[] | 'class';
  strengthId: string;
  text: string;
  noticedBy: NoticedBy;
  /** The day it was seen (YYYY-MM-DD). */
  day: string;
}

export function RecognizeDialog(props: {
  classId: string;
  pupils: Pupil[];
  /** Archived pupils of the class: shown (marked) only when the recognition being edited names them. */
  archived?: Pupil[];
  /** Already ordered: focus strengths first. */
  strengths: Strength[];
  focusIds: string[];
  /** The starter phrases (the teacher's own or the built-in ones). */
  starters: string[];
  editing?: RecognitionDraft;
  /** Pupils chosen before the dialog opened (a tap on a name on the class screen). */
  preset?: string[] | 'class';
  onClose: (saved: number) => void;
}) {
  const { m, lang } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const busy = useRef(false);
  const e = props.editing;
  const [pupils, setPupils] = useState<string[] | 'class'>(e?.pupils ?? props.preset ?? []);
  const [strengthId, setStrengthId] = useState(e?.strengthId ?? '');
  const [text, setText] = useState(e?.text ?? '');
  const [noticedBy, setNoticedBy] = useState<NoticedBy>(e?.noticedBy ?? { kind: 'teacher' });
  const [today] = useState(() => todayIso());
  const [day, setDay] = useState(e?.day ?? today);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);

  useModal(ref);
  // Opened for chosen pupils (a tap on a name): the next thing to pick is the strength.
  useEffect(() => {
    if (props.preset && !props.editing)
      ref.current?.querySelector<HTMLInputElement>('input[name="strength"]')?.focus();
  }, []);

  const selected = pupils === 'class' ? [] : pupils;
  // Editing a recognition of a pupil archived since: show them as chosen, so nothing is saved for a
  // pupil the teacher cannot see, and so they can be taken off.
  const [shownArchived] = useState(() =>
    (props.archived ?? []).filter((p) => Array.isArray(e?.pupils) && e.pupils.includes(p.id)),
  );
  const choices = [...props.pupils, ...shownArchived];
  // A pupil deleted in another tab drops out of the choice at once (a save naming them is refused).
  useEffect(() => {
    if (pupils === 'class') return;
    const alive = pupils.filter((id) => choices.some((p) => p.id === id));
    if (alive.length !== pupils.length) setPupils(alive);
  }, [props.pupils]);
  // A pupil does not notice their own strength: the noticer is never one of the chosen pupils.
  useEffect(() => {
    if (noticedBy.kind !== 'pupil' || !selected.includes(noticedBy.pupilId)) return;
    const other = props.pupils.find((p) => !selected.includes(p.id));
    setNoticedBy(other ? { kind: 'pupil', pupilId: other.id } : { kind: 'teacher' });
  }, [noticedBy, selected.join(), props.pupils]);
  const togglePupil = (id: string) => {
    setProblem(null);
    setPupils(selected.includes(id) ? selected.filter((p) => p !== id) : [...selected, id]);
  };
  const strength = props.strengths.find((s) => s.id === strengthId);

  const save = async (allowEmpty: boolean) => {
    if (busy.current) return; // a double tap never saves twice
    busy.current = true;
    setSaving(true);
    const input: TeacherRecognitionInput = {
      classId: props.classId,
      pupils,
      strengthId,
      text,
      noticedBy,
      allowEmpty,
      day,
      names: Object.fromEntries(choices.map((p) => [p.id, p.name])),
    };
    try {
      const result = e ? await updateRecognitionGroup(e.ids, input) : await addTeacherRecognition(input);
      if (result.ok) {
        props.onClose(result.ids.length);
        return;
      }
      setProblem(result.problem);
      if (result.problem === 'empty') textRef.current?.focus();
    } catch {
      // Not saved: the banner says so and everything typed stays here.
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const problemText =
    problem === 'noPupil'
      ? m.recognize.noPupil
      : problem === 'noStrength'
        ? m.recognize.noStrength
        : problem === 'noAdultName'
          ? m.recognize.noAdultName
          : problem === 'futureDay'
            ? m.recognize.futureDay
            : problem === 'badDay'
              ? m.recognize.badDay
              : null;

  return (
    <dialog
      ref={ref}
      class="dialog recognize-dialog"
      aria-labelledby="recognize-h"
      onCancel={() => props.onClose(0)}
    >
      {/* noValidate: the app says what is wrong in its own words (a day in the future, too). */}
      <form
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save(false);
        }}
      >
        <h2 id="recognize-h">{e ? m.recognize.editTitle : m.recognize.title}</h2>

        <fieldset class="chip-field">
          <legend>{m.recognize.who}</legend>
          <div class="chips">
            <label class={pupils === 'class' ? 'chip on whole' : 'chip whole'}>
              <input
                type="checkbox"
                checked={pupils === 'class'}
                onChange={() => {
                  setProblem(null);
                  setPupils(pupils === 'class' ? [] : 'class');
                }}
              />
              <span aria-hidden="true">👪</span> {m.recognize.wholeClass}
            </label>
            {choices.map((p) => (
              <label key={p.id} class={selected.includes(p.id) ? 'chip on' : 'chip'}>
                <input type="checkbox" checked={selected.includes(p.id)} onChange={() => togglePupil(p.id)} />
                <bdi>{p.archived ? m.recognize.archivedName(p.name) : p.name}</bdi>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset class="chip-field">
          <legend>{m.recognize.strength}</legend>
          <div class="chips">
            {props.strengths.map((s) => (
              <label
                key={s.id}
                class={s.id === strengthId ? 'chip strength-chip on' : 'chip strength-chip'}
                style={{ '--strength': s.color }}
              >
                <input
                  type="radio"
                  name="strength"
                  value={s.id}
                  checked={s.id === strengthId}
                  onChange={() => {
                    setProblem(null);
                    setStrengthId(s.id);
                  }}
                />
                <span aria-hidden="true">{s.symbol}</span> {localized(s.name, lang)}
                {props.focusIds.includes(s.id) && <span class="badge">{m.recognize.focus}</span>}
              </label>
            ))}
          </div>
          {strength && <p class="help">{localized(strength.definition, lang)}</p>}
        </fieldset>

        <fieldset class="starters">
          <legend class="sr-only">{m.recognize.starters}</legend>
          {props.starters
            .map((s) => starterFor(s, pupils === 'class' || pupils.length > 1, lang))
            .map((s) => (
              <button
                key={s}
                type="button"
                class="btn small ghost starter"
                onClick={() => {
                  setProblem(null);
                  setText((t) => (t.trim() ? `${t.trimEnd()} ${s} ` : `${s} `));
                  textRef.current?.focus();
                }}
              >
                {s} …
              </button>
            ))}
        </fieldset>
        <CountedText
          id="recognize-text"
          label={m.recognize.whatLabel}
          help={m.recognize.whatHelp}
          value={text}
          inputRef={textRef}
          onInput={(v) => {
            setProblem(null);
            setText(v);
          }}
        />
        {problem === 'empty' && (
          <div class="nudge" role="status">
            <p>{m.recognize.nudge}</p>
            <button type="button" class="btn small ghost" onClick={() => void save(true)} disabled={saving}>
              {m.recognize.saveWithoutText}
            </button>
          </div>
        )}

        <div class="row wrap recognize-day">
          <label for="recognize-day">{m.recognize.day}</label>
          <input
            id="recognize-day"
            type="date"
            max={today}
            value={day}
            onInput={(ev) => {
              setProblem(null);
              setDay(ev.currentTarget.value);
            }}
          />
        </div>

        <NoticedByField
          pupils={props.pupils.filter((p) => !selected.includes(p.id))}
          value={noticedBy}
          onChange={(n) => {
            setProblem(null);
            setNoticedBy(n);
          }}
        />

        {problemText && (
          <p class="field-error" role="alert">
            {problemText}
          </p>
        )}
        <div class="row end wrap dialog-actions">
          <button type="button" class="btn ghost" onClick={() => props.onClose(0)}>
            {m.common.cancel}
          </button>
          <button type="submit" class="btn primary" disabled={saving}>
            {saving ? m.common.saving : m.common.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}
