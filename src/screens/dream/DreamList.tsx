// One step of the dream as an editable list: big add field for live use on the smartboard, and
// change, move and delete for each item. Sub-goals add their own controls through `extra`.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { addDreamItem, deleteDreamItem, moveDreamItem, updateDreamText } from '../../data/dream';
import type { DreamItem, DreamKind } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useRefocus } from '../../ui/use-refocus';

export function DreamList(props: {
  classId: string;
  kind: Exclude<DreamKind, 'question'>;
  items: DreamItem[];
  addLabel: string;
  emptyText: string;
  listLabel: string;
  ordered?: boolean;
  extra?: (item: DreamItem) => ComponentChildren;
}) {
  const { m } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const fieldId = `add-${props.kind}`;
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <div class="dream-list">
      {props.items.length === 0 ? (
        <p class="empty">{props.emptyText}</p>
      ) : (
        <List class="dream-items" aria-label={props.listLabel}>
          {props.items.map((item, i) => (
            <DreamRow
              key={item.id}
              item={item}
              first={i === 0}
              last={i === props.items.length - 1}
              extra={props.extra?.(item)}
            />
          ))}
        </List>
      )}
      <form
        class="dream-add"
        onSubmit={async (e) => {
          e.preventDefault();
          const submitted = text;
          if (!submitted.trim()) {
            setError(m.dream.textRequired);
            return;
          }
          // Clear at once so the next idea can be typed while this one is saved (live on the board).
          setText('');
          setError('');
          try {
            await addDreamItem(props.classId, props.kind, submitted);
          } catch {
            // Not saved: give the words back (unless something new was typed); the banner explains.
            setText((now) => (now ? now : submitted));
          }
        }}
      >
        <label for={fieldId}>{props.addLabel}</label>
        <div class="row">
          <textarea
            id={fieldId}
            rows={2}
            maxLength={280}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-err` : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (error) setError('');
            }}
            onKeyDown={(e) => {
              // Enter adds (the quick way on the smartboard); Shift+Enter makes a new line.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <button type="submit" class="btn primary">
            {m.dream.add}
          </button>
        </div>
        {error && (
          <p id={`${fieldId}-err`} class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

function DreamRow(props: { item: DreamItem; first: boolean; last: boolean; extra?: ComponentChildren }) {
  const { m } = useI18n();
  const { item } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.text);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState('');
  // A move re-sorts the list: the keyboard stays on this item's arrow.
  const keepFocus = useRefocus(item, '.dream-item-actions');
  return (
    <li class={`dream-item ${item.active ? 'active' : ''} ${item.reachedOn ? 'reached' : ''}`}>
      {editing ? (
        <form
          class="row wrap dream-edit"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              if (await updateDreamText(item.id, draft)) setEditing(false);
              else setError(m.dream.textRequired);
            } catch {
              // Reported by the banner; the draft stays.
            }
          }}
        >
          <label class="sr-only" for={`edit-${item.id}`}>
            {m.dream.editLabel}
          </label>
          <textarea
            id={`edit-${item.id}`}
            rows={2}
            maxLength={280}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="btn primary small">
            {m.common.save}
          </button>
          <button type="button" class="btn ghost small" onClick={() => setEditing(false)}>
            {m.common.cancel}
          </button>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p class="dream-text">{item.text}</p>
      )}
      {props.extra}
      {!editing && (
        <fieldset class="row wrap dream-item-actions" aria-label={item.text}>
          <button
            type="button"
            class="btn ghost small"
            onClick={() => {
              setDraft(item.text);
              setEditing(true);
            }}
          >
            {m.common.edit}
          </button>
          <button
            type="button"
            class="btn ghost small"
            id={`up-${item.id}`}
            disabled={props.first}
            aria-label={m.dream.moveUp}
            onClick={() => {
              keepFocus([`up-${item.id}`, `down-${item.id}`]);
              void moveDreamItem(item.id, -1).catch(() => {});
            }}
          >
            ↑
          </button>
          <button
            type="button"
            class="btn ghost small"
            id={`down-${item.id}`}
            disabled={props.last}
            aria-label={m.dream.moveDown}
            onClick={() => {
              keepFocus([`down-${item.id}`, `up-${item.id}`]);
              void moveDreamItem(item.id, 1).catch(() => {});
            }}
          >
            ↓
          </button>
          <button type="button" class="btn ghost small danger-text" onClick={() => setConfirm(true)}>
            {m.common.delete}
          </button>
        </fieldset>
      )}
      {confirm && (
        <ConfirmDialog
          danger
          message={m.dream.deleteConfirm(item.text)}
          confirmLabel={m.common.delete}
          onCancel={() => setConfirm(false)}
          onConfirm={() => {
            setConfirm(false);
            void deleteDreamItem(item.id).catch(() => {});
          }}
        />
      )}
    </li>
  );
}
