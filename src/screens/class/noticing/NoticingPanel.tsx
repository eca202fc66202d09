// The class screen's noticing section: the "I noticed a strength" button, the dialog, and the
// teacher's list of recent recognitions.
import '../../../ui/noticing.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getCurrentFocus } from '../../../data/focus-strengths';
import { useLiveQuery } from '../../../data/live';
import { listPupils } from '../../../data/pupils';
import { listApprovedMatching, listRecentApproved } from '../../../data/recognitions';
import { getStarters } from '../../../data/starters';
import { listStrengths } from '../../../data/strengths';
import { focusFirst } from '../../../domain/focus';
import { periodContaining, periodRange } from '../../../domain/periods';
import type { Recognition } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';
import { groupByBatch, RecentRecognitions } from './RecentRecognitions';
import { type FilterChoice, isFiltered, NO_FILTER, RecognitionFilters } from './RecognitionFilters';
import { type RecognitionDraft, RecognizeDialog } from './RecognizeDialog';

export function NoticingPanel(props: { classId: string }) {
  const { m, lang } = useI18n();
  const { classId } = props;
  // Read a little further back than is shown, so "show more" answers at once.
  const [limit, setLimit] = useState(40);
  const data = useLiveQuery(async () => {
    const [active, archived, strengths, focus, starters] = await Promise.all([
      listPupils(classId, 0),
      listPupils(classId, 1),
      listStrengths({ includeHidden: true }),
      getCurrentFocus(classId),
      getStarters('teacher', lang),
    ]);
    return { active, archived, strengths, focusIds: focus?.strengthIds ?? [], starters };
  }, [classId, lang]);
  const [filter, setFilter] = useState<FilterChoice>(NO_FILTER);
  const filtered = isFiltered(filter);
  // Its own query, so reading further back never blanks the panel; the last list stays while it runs.
  const recentNow = useLiveQuery(() => {
    if (!filtered) return listRecentApproved(classId, limit);
    const range = filter.period ? periodRange(periodContaining(filter.period, new Date())) : {};
    return listApprovedMatching(classId, {
      ...(filter.pupil ? { pupilId: filter.pupil } : {}),
      ...(filter.strength ? { strengthId: filter.strength } : {}),
      ...range,
    });
  }, [classId, limit, filter.pupil, filter.strength, filter.period]);
  const lastRecent = useRef<Recognition[] | null>(null);
  if (recentNow) lastRecent.current = recentNow;
  const recent = recentNow ?? lastRecent.current;
  // "?notice=<pupil>" (the nudge on an empty "My strengths" sheet) opens the dialog for that pupil.
  const [dialog, setDialog] = useState<{ editing?: RecognitionDraft; preset?: string[] | 'class' } | null>(
    () => {
      const id = new URLSearchParams(location.search).get('notice');
      return id ? { preset: [id] } : null;
    },
  );
  useEffect(() => {
    if (new URLSearchParams(location.search).has('notice'))
      history.replaceState(history.state, '', location.pathname);
  }, []);
  const [status, setStatus] = useState('');

  if (!data || !recent) return <p class="loading">{m.common.loading}</p>;
  const pupilMap = new Map([...data.active, ...data.archived].map((p) => [p.id, p]));
  const strengthMap = new Map(data.strengths.map((s) => [s.id, s]));
  const editingStrength = dialog?.editing?.strengthId;
  const pickable = focusFirst(
    data.strengths.filter((s) => !s.hidden || s.id === editingStrength),
    data.focusIds,
  );

  return (
    <section aria-labelledby="noticing-h" class="section noticing">
      <div class="row wrap space-between">
        <h2 id="noticing-h">{m.recognize.recentTitle}</h2>
        <button
          type="button"
          class="btn primary big"
          onClick={() => {
            setStatus('');
            setDialog({});
          }}
        >
          <span aria-hidden="true">✨</span> {m.recognize.open}
        </button>
      </div>
      {data.active.length > 0 && (
        <p id="quick-for" class="help quick-for">
          {m.recognize.quickFor}
        </p>
      )}
      {data.active.length > 0 && (
        <ul class="quick-names" aria-labelledby="quick-for">
          <li>
            <button
              type="button"
              class="btn small"
              aria-label={m.recognize.quickLabel(m.recognize.wholeClass)}
              onClick={() => {
                setStatus('');
                setDialog({ preset: 'class' });
              }}
            >
              <span aria-hidden="true">👪</span> {m.recognize.wholeClass}
            </button>
          </li>
          {data.active.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                class="btn small"
                dir="auto"
                aria-label={m.recognize.quickLabel(p.name)}
                onClick={() => {
                  setStatus('');
                  setDialog({ preset: [p.id] });
                }}
              >
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="saved-status">
        {status}
      </p>
      {recent.length > 0 || filtered ? (
        <RecognitionFilters
          pupils={[...data.active, ...data.archived]}
          strengths={data.strengths}
          value={filter}
          onChange={setFilter}
        />
      ) : null}
      {filtered && (
        <p class="help" role="status">
          {recent.length ? m.recognize.filterFound(groupByBatch(recent).length) : m.recognize.filterNone}
        </p>
      )}
      {(!filtered || recent.length > 0) && (
        <RecentRecognitions
          key={filtered ? 'found' : 'recent'}
          recognitions={recent}
          pupils={pupilMap}
          strengths={strengthMap}
          hasMore={!filtered && recent.length >= limit}
          onLoadMore={() => setLimit((n) => n + 40)}
          onEdit={(editing) => {
            setStatus('');
            setDialog({ editing });
          }}
        />
      )}
      {dialog && (
        <RecognizeDialog
          classId={classId}
          pupils={data.active}
          archived={data.archived}
          strengths={pickable}
          focusIds={data.focusIds}
          starters={data.starters ?? m.recognize.starterList}
          editing={dialog.editing}
          preset={
            Array.isArray(dialog.preset)
              ? dialog.preset.filter((id) => data.active.some((p) => p.id === id))
              : dialog.preset
          }
          onClose={(saved) => {
            setDialog(null);
            if (saved > 0) setStatus(m.recognize.saved(saved));
          }}
        />
      )}
    </section>
  );
}
