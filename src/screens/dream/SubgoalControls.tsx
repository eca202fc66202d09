// The roadmap's extra controls on a sub-goal: which one the class works on, and when it was reached.
import { useState } from 'preact/hooks';
import { markReached, setActiveSubgoal, unmarkReached } from '../../data/dream';
import { todayIso } from '../../domain/dates';
import type { DreamItem } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';

export function SubgoalControls(props: { item: DreamItem }) {
  const { m, lang } = useI18n();
  const { item } = props;
  const [date, setDate] = useState(todayIso());
  const [picking, setPicking] = useState(false);
  if (item.reachedOn)
    return (
      <div class="row wrap subgoal-state">
        <span class="badge reached-badge">
          ✓ {m.dream.reachedOn(formatDate(item.reachedOn, lang, { year: true }))}
        </span>
        <button
          type="button"
          class="btn ghost small"
          onClick={() => void unmarkReached(item.id).catch(() => {})}
        >
          {m.dream.unmarkReached}
        </button>
      </div>
    );
  return (
    <div class="row wrap subgoal-state">
      {item.active ? (
        <span class="badge active-badge">★ {m.dream.subgoalActive}</span>
      ) : (
        <button
          type="button"
          class="btn small"
          onClick={() => void setActiveSubgoal(item.classId, item.id).catch(() => {})}
        >
          {m.dream.makeActive}
        </button>
      )}
      {picking ? (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            if (!date) return;
            void markReached(item.id, date)
              .then(() => setPicking(false))
              .catch(() => {});
          }}
        >
          <label for={`reached-${item.id}`}>{m.dream.reachedDate}</label>
          <input
            id={`reached-${item.id}`}
            type="date"
            required
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
          <button type="submit" class="btn primary small">
            {m.dream.markReached}
          </button>
          <button type="button" class="btn ghost small" onClick={() => setPicking(false)}>
            {m.common.cancel}
          </button>
        </form>
      ) : (
        <button type="button" class="btn small" onClick={() => setPicking(true)}>
          ✓ {m.dream.markReached}
        </button>
      )}
    </div>
  );
}
