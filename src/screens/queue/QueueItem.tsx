// One pupil's recognition waiting for the teacher: approve, reword (keeping the pupil's own
// words) or decline. Text is always shown as text, never as markup.
import { useRef, useState } from 'preact/hooks';
import { approveRecognition, declineRecognition } from '../../data/recognitions';
import { formatDateWith } from '../../domain/locale-format';
import type { Pupil, Recognition, Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { CountedText } from '../../ui/CountedText';

export function QueueItem(props: {
  recognition: Recognition;
  pupils: Map<string, Pupil>;
  strength?: Strength;
  /** A secret friend's gift note: approved, it goes to the ceremony, not the board. */
  gift?: boolean;
  onDecided: (message: string) => void;
}) {
  const { m, lang } = useI18n();
  const r = props.recognition;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(r.text);
  const [error, setError] = useState('');
  const busy = useRef(false);
  const name = (id?: string) =>
    id ? (props.pupils.get(id)?.name ?? m.recognize.classmate) : m.recognize.wholeClass;
  const from = r.noticedBy.kind === 'pupil' ? name(r.noticedBy.pupilId) : m.recognize.classmate;
  const to = name(r.pupilId);
  const strengthName = props.strength ? localized(props.strength.name, lang) : '';
  const headingId = `q-${r.id}`;
  const approved = props.gift ? m.queue.approvedGiftMessage(to) : m.queue.approvedMessage(to);
  const when = formatDateWith(LOCALES[lang], r.createdAt, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

  const act = async (fn: () => Promise<unknown>, message: string) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await fn();
      props.onDecided(message);
    } catch {
      // The banner explains; the item stays in the queue.
    } finally {
      busy.current = false;
    }
  };

  return (
    <li class="queue-item" aria-labelledby={headingId} style={{ '--strength': props.strength?.color }}>
      <h2 id={headingId} class="queue-head">
        <span aria-hidden="true">{props.strength?.symbol} </span>
        <span dir="auto">{m.queue.fromTo(from, to, strengthName)}</span>
      </h2>
      <p class="meta">{when}</p>
      {props.gift && <p class="badge gift-badge">🎁 {m.queue.giftNote}</p>}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const res = await approveRecognition(r.id, text);
              if (!res.ok) {
                setError(res.problem === 'empty' ? m.queue.textRequired : '');
                throw new Error('not approved');
              }
            }, approved);
          }}
        >
          <p class="original">
            {m.queue.pupilWords} <q dir="auto">{r.originalText ?? r.text}</q>
          </p>
          <CountedText
            id={`edit-${r.id}`}
            label={m.queue.editLabel}
            value={text}
            error={error}
            onInput={(v) => {
              setError('');
              setText(v);
            }}
          />
          <div class="row wrap">
            <button type="submit" class="btn primary">
              {m.queue.saveAndApprove}
            </button>
            <button
              type="button"
              class="btn ghost"
              onClick={() => {
                setEditing(false);
                setText(r.text);
                setError('');
              }}
            >
              {m.common.cancel}
            </button>
          </div>
        </form>
      ) : (
        <>
          {r.text ? (
            <p class="queue-text" dir="auto">
              {r.text}
            </p>
          ) : (
            <p class="empty">{m.queue.noText}</p>
          )}
          <div class="row wrap queue-actions">
            <button
              type="button"
              class="btn primary"
              onClick={() => void act(() => approveRecognition(r.id), approved)}
            >
              {m.queue.approve}
            </button>
            <button type="button" class="btn" onClick={() => setEditing(true)}>
              {m.queue.edit}
            </button>
            <button
              type="button"
              class="btn danger"
              onClick={() => void act(() => declineRecognition(r.id), m.queue.declinedMessage)}
            >
              {m.queue.decline}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
