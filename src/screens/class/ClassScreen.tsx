// The class screen: the class's pupils and the way into its other screens. Wires data to UI only.
import { useRef, useState } from 'preact/hooks';
import { deleteClass, getClass, updateClass } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageLoading, PageNotFound } from '../../ui/PageState';
import { useInlineEditor } from '../../ui/use-inline-editor';
import { YearGroupField } from '../../ui/YearGroupField';
import { AddPupils } from './AddPupils';
import { ExtensionCard } from './ExtensionCard';
import { FocusPanel } from './noticing/FocusPanel';
import { NoticingPanel } from './noticing/NoticingPanel';
import { PupilModeSetting } from './noticing/PupilModeSetting';
import { QueueLink } from './noticing/QueueLink';
import { PupilList } from './PupilList';
import { TodayPanel } from './TodayPanel';

export function ClassScreen(props: { classId: string }) {
  const { m } = useI18n();
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const pupils = useLiveQuery(() => listPupils(classId, 0), [classId]);
  const archived = useLiveQuery(() => listPupils(classId, 1), [classId]);
  const [confirm, setConfirm] = useState(false);
  const [renaming, setRenaming] = useState(false);

  if (cls === undefined) return <PageLoading />;
  if (cls === null) return <PageNotFound />;

  return (
    <main id="main" class="page class-screen">
      <div class="page-head">
        {renaming ? (
          <RenameClass
            name={cls.name}
            yearGroup={cls.yearGroup}
            onDone={async (next) => {
              if (next?.name && (next.name !== cls.name || next.yearGroup !== cls.yearGroup)) {
                await updateClass(classId, next).catch(() => {});
              }
              setRenaming(false);
            }}
          />
        ) : (
          <h1>
            {cls.name} {cls.isDemo && <span class="badge">{m.common.demo}</span>}
          </h1>
        )}
        <p class="meta">{m.common.yearGroup(cls.yearGroup)}</p>
        <nav class="row wrap class-actions" aria-label={cls.name}>
          <Link class="btn" href={`/board?class=${classId}`}>
            <span aria-hidden="true">🖼️</span> {m.classScreen.board}
          </Link>
          <Link class="btn" href={`/pupil?class=${classId}`}>
            <span aria-hidden="true">🧒</span> {m.classScreen.pupilMode}
          </Link>
          <Link class="btn" href={`/class/${classId}/dream`}>
            <span aria-hidden="true">🌳</span> {m.dream.title}
          </Link>
          <Link class="btn" href={`/class/${classId}/routines`}>
            <span aria-hidden="true">🗓️</span> {m.routines.openRoutines}
          </Link>
          <Link class="btn" href={`/class/${classId}/friend`}>
            <span aria-hidden="true">🎁</span> {m.friend.openFriend}
          </Link>
          <Link class="btn" href={`/class/${classId}/charts`}>
            <span aria-hidden="true">📊</span> {m.charts.navLink}
          </Link>
          <QueueLink classId={classId} />
        </nav>
      </div>

      <TodayPanel classId={classId} />

      {cls.isDemo && (
        <p class="notice" role="note">
          {m.classScreen.demoNotice}
        </p>
      )}

      <NoticingPanel classId={classId} />
      <FocusPanel classId={classId} />

      <section aria-labelledby="pupils-h" class="section">
        <h2 id="pupils-h">
          {m.classScreen.pupils} <span class="count-muted">({pupils?.length ?? 0})</span>
        </h2>
        <AddPupils classId={classId} />
        {pupils && <PupilList pupils={pupils} emptyText={m.pupils.none} />}
      </section>

      {archived && archived.length > 0 && (
        <section aria-labelledby="archived-h" class="section">
          <h2 id="archived-h">{m.pupils.archivedTitle}</h2>
          <p class="help">{m.pupils.archivedHelp}</p>
          <PupilList pupils={archived} archived emptyText="" />
        </section>
      )}

      <PupilModeSetting cls={cls} />
      <ExtensionCard classId={classId} />

      <section class="section danger-zone row wrap">
        {!renaming && (
          <button type="button" id="rename-class-btn" class="btn ghost" onClick={() => setRenaming(true)}>
            {m.classScreen.renameClass}
          </button>
        )}
        <button type="button" class="btn danger" onClick={() => setConfirm(true)}>
          {cls.isDemo ? m.classScreen.removeDemo : m.classScreen.deleteClass}
        </button>
      </section>

      {confirm && (
        <ConfirmDialog
          danger
          message={cls.isDemo ? m.classScreen.removeDemoConfirm : m.classScreen.deleteClassConfirm(cls.name)}
          confirmLabel={cls.isDemo ? m.classScreen.removeDemo : m.classScreen.deleteClass}
          onCancel={() => setConfirm(false)}
          onConfirm={async () => {
            setConfirm(false);
            try {
              await deleteClass(classId);
              navigate('/', { replace: true });
            } catch {
              // Reported by the error banner; nothing was removed.
            }
          }}
        />
      )}
    </main>
  );
}

/** A new school year: the class keeps its pupils and history, with a new name and year group. */
function RenameClass(props: {
  name: string;
  yearGroup: number;
  onDone: (next: { name: string; yearGroup: number } | null) => void;
}) {
  const { m } = useI18n();
  const [name, setName] = useState(props.name);
  const [year, setYear] = useState(props.yearGroup);
  const ref = useRef<HTMLFormElement>(null);
  useInlineEditor(ref, { onCancel: () => props.onDone(null), returnTo: 'rename-class-btn' });
  return (
    <form
      ref={ref}
      class="row wrap inline-form"
      aria-label={m.classScreen.renameClass}
      onSubmit={(e) => {
        e.preventDefault();
        props.onDone({ name: name.trim(), yearGroup: year });
      }}
    >
      <label for="rename-class">{m.classScreen.className}</label>
      <input id="rename-class" value={name} maxLength={40} onInput={(e) => setName(e.currentTarget.value)} />
      <YearGroupField id="rename-year" value={year} onChange={setYear} />
      <button type="submit" class="btn primary">
        {m.common.save}
      </button>
      <button type="button" class="btn ghost" onClick={() => props.onDone(null)}>
        {m.common.cancel}
      </button>
    </form>
  );
}
