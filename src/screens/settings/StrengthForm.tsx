// Add or edit a strength: the word and a one-sentence definition in all three languages, a symbol
// from a curated set, and a colour.
import { useRef, useState } from 'preact/hooks';
import { MAX_DEFINITION, type StrengthInput, type StrengthProblem } from '../../data/strengths';
import { STRENGTH_COLORS, STRENGTH_SYMBOLS } from '../../domain/strength-symbols';
import { LANGS, type Lang, MAX_NAME } from '../../domain/types';
import { LANG_NAMES, useI18n } from '../../i18n/i18n';
import { useInlineEditor } from '../../ui/use-inline-editor';

export function StrengthForm(props: {
  initial?: StrengthInput;
  idPrefix: string;
  /** The id of the button that opened the form: focus goes back to it when the form closes. */
  returnTo?: string;
  onSave: (input: StrengthInput) => Promise<StrengthProblem | null>;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const i = props.initial;
  const formRef = useRef<HTMLFormElement>(null);
  useInlineEditor(formRef, { onCancel: props.onCancel, returnTo: props.returnTo });
  const [name, setName] = useState<Record<Lang, string>>({
    nb: i?.name.nb ?? '',
    nn: i?.name.nn ?? '',
    en: i?.name.en ?? '',
  });
  const [def, setDef] = useState<Record<Lang, string>>({
    nb: i?.definition.nb ?? '',
    nn: i?.definition.nn ?? '',
    en: i?.definition.en ?? '',
  });
  const [symbol, setSymbol] = useState(i?.symbol ?? '');
  const [color, setColor] = useState(i?.color ?? STRENGTH_COLORS[0]!);
  const [problem, setProblem] = useState<StrengthProblem | null>(null);
  const busy = useRef(false);
  const id = props.idPrefix;
  const problemText =
    problem === 'nameRequired'
      ? m.strengths.nameRequired
      : problem === 'symbolRequired'
        ? m.strengths.symbolRequired
        : problem === 'nameTaken'
          ? m.strengths.nameTaken
          : '';
  return (
    <form
      ref={formRef}
      class="card strength-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy.current) return;
        busy.current = true;
        try {
          setProblem(await props.onSave({ name, definition: def, symbol, color }));
        } catch {
          // The banner explains; the form keeps what was typed.
        } finally {
          busy.current = false;
        }
      }}
    >
      <div class="lang-fields">
        {LANGS.map((l) => (
          <fieldset key={l}>
            <legend>{LANG_NAMES[l]}</legend>
            <label for={`${id}-name-${l}`}>{m.strengths.word}</label>
            <input
              id={`${id}-name-${l}`}
              dir="auto"
              lang={l}
              maxLength={MAX_NAME}
              value={name[l]}
              aria-invalid={l === 'nb' && problem === 'nameRequired' ? true : undefined}
              onInput={(e) => {
                setProblem(null);
                setName({ ...name, [l]: e.currentTarget.value });
              }}
            />
            <label for={`${id}-def-${l}`}>{m.strengths.definition}</label>
            <textarea
              id={`${id}-def-${l}`}
              dir="auto"
              lang={l}
              rows={2}
              maxLength={MAX_DEFINITION}
              value={def[l]}
              onInput={(e) => setDef({ ...def, [l]: e.currentTarget.value })}
            />
          </fieldset>
        ))}
      </div>
      <p class="help">{m.strengths.langHelp}</p>
      <fieldset class="symbol-field">
        <legend>{m.strengths.symbol}</legend>
        <div class="symbol-grid">
          {STRENGTH_SYMBOLS.map((s) => (
            <label key={s} class={s === symbol ? 'symbol-choice on' : 'symbol-choice'}>
              <input
                type="radio"
                name={`${id}-symbol`}
                value={s}
                checked={s === symbol}
                aria-label={m.strengths.symbolLabel(s)}
                onChange={() => {
                  setProblem(null);
                  setSymbol(s);
                }}
              />
              <span aria-hidden="true">{s}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="symbol-field">
        <legend>{m.strengths.color}</legend>
        <div class="symbol-grid">
          {STRENGTH_COLORS.map((c, n) => (
            <label key={c} class={c === color ? 'color-choice on' : 'color-choice'} style={{ '--swatch': c }}>
              <input
                type="radio"
                name={`${id}-color`}
                value={c}
                checked={c === color}
                aria-label={m.strengths.colorLabel(n + 1)}
                onChange={() => setColor(c)}
              />
            </label>
          ))}
        </div>
      </fieldset>
      {problemText && (
        <p class="field-error" role="alert">
          {problemText}
        </p>
      )}
      <div class="row wrap">
        <button type="submit" class="btn primary">
          {m.common.save}
        </button>
        <button type="button" class="btn ghost" onClick={props.onCancel}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
