// The pupils of a class with rename, archive/restore and erase.
import { useRef, useState } from 'preact/hooks';
import { GoneError } from '../../data/integrity';
import { erasePupil, renamePupil, setArchived } from '../../data/pupils';
import type { Pupil } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useInlineEditor } from '../../ui/use-inline-editor';

export function PupilList(props: { pupils: Pupil[]; archived?: boolean; emptyText: string }) {
  const { m } = useI18n();
  const [toDelete, setToDelete] = useState<Pupil | null>(null);
  // Bringing a pupil back into a full class changes nothing and says why.
  const [full, setFull] = useState('');
  if (props.pupils.length === 0) return props.emptyText ? <p class="empty">{props.emptyText}</p> : null;
  return (
    <>
      <ul class="pupil-list" aria-label={props.archived ? m.pupils.archivedTitle : m.classScreen.pupils}>
        {props.pupils.map((p) => (
          <PupilRow
            key={p.id}
            pupil={p}
            archived={props.archived}
            onDelete={() => setToDelete(p)}
            onFull={(max) => setFull(max === null ? '' : m.pupils.restoreFull(p.name, max))}
          />
        ))}
      </ul>
      {props.archived && (
        <p role="status" class="field-error">
          {full}
        </p>
      )}
      {toDelete && (
        <ConfirmDialog
          danger
          message={m.pupils.deleteConfirm(toDelete.name)}
          confirmLabel={m.pupils.delete}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            const p = toDelete;
            setToDelete(null);
            await erasePupil(p.id).catch(() => {});
          }}
        />
      )}
    </>
  );
}

function PupilRow(props: {
  pupil: Pupil;
  archived?: boolean;
  onDelete: () => void;
  onFull: (max: number | null) => void;
}) {
  const { m } = useI18n();
  const { pupil } = props;
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <PupilRename pupil={pupil} onClose={() => setEditing(false)} returnTo={`rename-btn-${pupil.id}`} />
    );
  return (
    <li class="pupil-row">
      <span class="pupil-name" dir="auto">
        {pupil.name}
      </span>
      <fieldset class="row pupil-actions">
        <legend class="sr-only">{m.pupils.actionsFor(pupil.name)}</legend>
        {!props.archived && (
          <button
            type="button"
            id={`rename-btn-${pupil.id}`}
            class="btn small ghost"
            onClick={() => setEditing(true)}
          >
            {m.pupils.rename}
          </button>
        )}
        <button
          type="button"
          class="btn small ghost"
          onClick={async () => {
            try {
              const r = await setArchived(pupil.id, !props.archived, pupil.name);
              props.onFull(r.ok ? null : r.full.max);
            } catch {
              // Reported by the banner (erased in another tab: named there); the list refreshes.
            }
          }}
        >
          {props.archived ? m.pupils.restore : m.pupils.archive}
        </button>
        <button type="button" class="btn small ghost danger-text" onClick={props.onDelete}>
          {m.pupils.delete}
        </button>
      </fieldset>
    </li>
  );
}

/** Renaming a pupil in place: focus in the field, Escape cancels, focus back to "Endre navn". */
function PupilRename(props: { pupil: Pupil; onClose: () => void; returnTo: string }) {
  const { m } = useI18n();
  const { pupil } = props;
  const [name, setName] = useState(pupil.name);
  const [error, setError] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  useInlineEditor(ref, { onCancel: props.onClose, returnTo: props.returnTo });
  const inputId = `rename-${pupil.id}`;
  return (
    <li class="pupil-row editing">
      <form
        ref={ref}
        class="row wrap"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            const r = await renamePupil(pupil.id, name, pupil.name);
            if (r === 'ok') props.onClose();
            else
              setError(
                r === 'taken'
                  ? m.pupils.nameTaken
                  : r === 'noLetter'
                    ? m.pupils.nameNoLetter
                    : m.pupils.nameEmpty,
              );
          } catch (err) {
            // Reported by the banner. Erased in another tab: there is nothing left to rename, so
            // close (the list no longer shows them); otherwise stay in edit mode so nothing is lost.
            if (err instanceof GoneError) props.onClose();
          }
        }}
      >
        <label for={inputId} class="sr-only">
          {m.pupils.renameLabel(pupil.name)}
        </label>
        <input
          id={inputId}
          value={name}
          maxLength={40}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-err` : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setError('');
          }}
        />
        <button type="submit" class="btn primary">
          {m.common.save}
        </button>
        <button type="button" class="btn ghost" onClick={props.onClose}>
          {m.common.cancel}
        </button>
        {error && (
          <p id={`${inputId}-err`} class="field-error">
            {error}
          </p>
        )}
      </form>
    </li>
  );
}
