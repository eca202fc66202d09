// The teacher's strength catalogue: add, rename, reorder, hide. A built-in or used strength is
// hidden rather than deleted, so history stays true.
import '../../ui/noticing.css';
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import {
  addStrength,
  deleteStrength,
  listStrengths,
  moveStrength,
  setStrengthHidden,
  updateStrength,
} from '../../data/strengths';
import { DEFAULT_STRENGTHS } from '../../domain/default-strengths';
import type { Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useRefocus } from '../../ui/use-refocus';
import { StrengthForm } from './StrengthForm';

const SUGGESTED = new Set(DEFAULT_STRENGTHS.filter((s) => s.suggested).map((s) => s.key));

export function StrengthCatalogue() {
  const { m, lang } = useI18n();
  const strengths = useLiveQuery(() => listStrengths({ includeHidden: true }), []);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [toDelete, setToDelete] = useState<Strength | null>(null);
  const [status, setStatus] = useState('');
  // After a move the list is drawn anew: keep the keyboard on the moved strength's arrow.
  const setRefocus = useRefocus(strengths, '.strength-edit-list');
  const act = (fn: () => Promise<unknown>) => void fn().catch(() => {});

  return (
    <section class="section" aria-labelledby="strengths-h">
      <h2 id="strengths-h">{m.strengths.title}</h2>
      <p class="help">{m.strengths.intro}</p>
      <p role="status" class="saved-status">
        {status}
      </p>
      {editing === 'new' ? (
        <StrengthForm
          idPrefix="new-strength"
          returnTo="add-strength-btn"
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            const r = await addStrength(input);
            if (!r.ok) return r.problem;
            setEditing(null);
            setStatus(m.strengths.added(input.name.nb ?? ''));
            return null;
          }}
        />
      ) : (
        <button
          type="button"
          id="add-strength-btn"
          class="btn"
          onClick={() => {
            setStatus('');
            setEditing('new');
          }}
        >
          {m.strengths.add}
        </button>
      )}
      <ul class="strength-edit-list" aria-label={m.strengths.title}>
        {strengths?.map((s, i) => {
          const name = localized(s.name, lang);
          if (editing === s.id)
            return (
              <li key={s.id}>
                <StrengthForm
                  idPrefix={`edit-${s.id}`}
                  returnTo={`edit-btn-${s.id}`}
                  initial={s}
                  onCancel={() => setEditing(null)}
                  onSave={async (input) => {
                    const r = await updateStrength(s.id, input);
                    if (!r.ok) return r.problem;
                    setEditing(null);
                    return null;
                  }}
                />
              </li>
            );
          return (
            <li
              key={s.id}
              class={s.hidden ? 'strength-tile is-hidden' : 'strength-tile'}
              style={{ '--strength': s.color }}
            >
              <span class="strength-symbol" aria-hidden="true">
                {s.symbol}
              </span>
              <span class="strength-name">
                {name}{' '}
                {s.key && SUGGESTED.has(s.key) && <span class="badge subtle">{m.strengths.suggested}</span>}
                {s.hidden && <span class="badge subtle">{m.strengths.hidden}</span>}
              </span>
              <span class="strength-def">{localized(s.definition, lang)}</span>
              <fieldset class="row wrap strength-actions">
                <legend class="sr-only">{m.strengths.actionsFor(name)}</legend>
                <button
                  type="button"
                  class="btn small ghost"
                  id={`move-up-${s.id}`}
                  aria-label={m.strengths.moveUp(name)}
                  disabled={i === 0}
                  onClick={() => {
                    setRefocus([`move-up-${s.id}`, `move-down-${s.id}`]);
                    act(() => moveStrength(s.id, -1));
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn small ghost"
                  aria-label={m.strengths.moveDown(name)}
                  id={`move-down-${s.id}`}
                  disabled={i === (strengths?.length ?? 0) - 1}
                  onClick={() => {
                    setRefocus([`move-down-${s.id}`, `move-up-${s.id}`]);
                    act(() => moveStrength(s.id, 1));
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  id={`edit-btn-${s.id}`}
                  class="btn small ghost"
                  onClick={() => {
                    setStatus('');
                    setEditing(s.id);
                  }}
                >
                  {m.common.edit}
                </button>
                <button
                  type="button"
                  class="btn small ghost"
                  onClick={() => act(() => setStrengthHidden(s.id, !s.hidden))}
                >
                  {s.hidden ? m.strengths.show : m.strengths.hide}
                </button>
                {!s.key && (
                  <button type="button" class="btn small ghost danger-text" onClick={() => setToDelete(s)}>
                    {m.common.delete}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      {toDelete && (
        <ConfirmDialog
          danger
          message={m.strengths.deleteConfirm(localized(toDelete.name, lang))}
          confirmLabel={m.common.delete}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            const s = toDelete;
            setToDelete(null);
            const r = await deleteStrength(s.id).catch(() => null);
            if (r === 'used') setStatus(m.strengths.usedCannotDelete(localized(s.name, lang)));
          }}
        />
      )}
    </section>
  );
}
