// A text area with a visible character counter and limit; text in any script keeps its own
// direction (dir="auto"). Props only: the caller owns the value and what "too long" means.
import './noticing.css';

import { textLength } from '../domain/recognition-text';
import { MAX_TEXT } from '../domain/types';
import { useI18n } from '../i18n/i18n';

export function CountedText(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  help?: string;
  error?: string;
  rows?: number;
  max?: number;
  inputRef?: { current: HTMLTextAreaElement | null };
  class?: string;
}) {
  const { m } = useI18n();
  const max = props.max ?? MAX_TEXT;
  const n = textLength(props.value.trim());
  const over = n > max;
  const described = [
    props.help && `${props.id}-help`,
    `${props.id}-count`,
    (props.error || over) && `${props.id}-err`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`counted-text ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.help && (
        <p id={`${props.id}-help`} class="help">
          {props.help}
        </p>
      )}
      <textarea
        ref={props.inputRef}
        id={props.id}
        dir="auto"
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={over || props.error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <p id={`${props.id}-count`} class={over ? 'counter over' : 'counter'}>
        {m.recognize.counter(n, max)}
      </p>
      {(props.error || over) && (
        <p id={`${props.id}-err`} class="field-error" role="alert">
          {props.error || m.recognize.tooLong(max)}
        </p>
      )}
    </div>
  );
}
