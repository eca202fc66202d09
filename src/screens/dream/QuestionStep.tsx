// Step 1: the focus question, one big field.
import { useEffect, useState } from 'preact/hooks';
import { setQuestion } from '../../data/dream';
import { useI18n } from '../../i18n/i18n';

export function QuestionStep(props: { classId: string; question: string }) {
  const { m } = useI18n();
  const [text, setText] = useState(props.question);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(props.question), [props.question]);
  return (
    <form
      class="dream-question"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await setQuestion(props.classId, text);
          setSaved(true);
        } catch {
          setSaved(false);
        }
      }}
    >
      <label for="focus-question">{m.dream.questionLabel}</label>
      <textarea
        id="focus-question"
        class="big-input"
        rows={2}
        maxLength={280}
        placeholder={m.dream.questionPlaceholder}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="row wrap">
        <button type="submit" class="btn primary">
          {m.dream.saveQuestion}
        </button>
        <p role="status" class="help">
          {saved ? m.dream.questionSaved : ''}
        </p>
      </div>
    </form>
  );
}
