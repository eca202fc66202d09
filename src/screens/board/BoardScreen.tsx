// /board?class=ID: the strength board on the shared screen. Wires the live snapshot, the persisted
// rotation and the board options to the Board component; without ?class it reopens the class shown
// last or offers a choice.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Board } from '../../board/Board';
import {
  lastBoardClass,
  loadBoardRotation,
  rememberBoardClass,
  saveBoardRotation,
  saveBoardSettings,
} from '../../data/board';
import { buildBoardSnapshot } from '../../data/board-snapshot';
import { listClasses } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import type { RotationState } from '../../domain/rotation';
import { LOCALES, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { timerHref } from '../timer/timer-link';

/** The rotation is written at most this often (and when the page is hidden or left). */
const PERSIST_MS = 1000;

function classFromQuery(): string | null {
  return new URLSearchParams(location.search).get('class');
}

export function BoardScreen() {
  const [classId, setClassId] = useState(classFromQuery);
  useEffect(() => {
    const onPop = () => setClassId(classFromQuery());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // The router only follows the path; the class lives in the query, so choosing one is local.
  const choose = useCallback((id: string) => {
    history.replaceState(null, '', `/board?class=${encodeURIComponent(id)}`);
    setClassId(id);
  }, []);
  if (!classId) return <ChooseClass onChoose={choose} />;
  return <ClassBoard key={classId} classId={classId} />;
}

function ChooseClass(props: { onChoose: (id: string) => void }) {
  const { m } = useI18n();
  const last = useLiveQuery(() => lastBoardClass(), []);
  const classes = useLiveQuery(() => listClasses(), []);
  useEffect(() => {
    if (last) props.onChoose(last);
  }, [last]);
  if (last === undefined || last || classes === undefined)
    return (
      <main id="main" class="page">
        <p class="loading">{m.common.loading}</p>
      </main>
    );
  return (
    <main id="main" class="page board-choose">
      <h1>{m.board.title}</h1>
      {classes.length === 0 ? (
        <p class="lead">{m.board.noClasses}</p>
      ) : (
        <>
          <p class="lead">{m.board.chooseClass}</p>
          <ul class="class-grid">
            {classes.map((c) => (
              <li key={c.id}>
                <button type="button" class="class-card board-choice" onClick={() => props.onChoose(c.id)}>
                  <span class="class-name">{c.name}</span>
                  <span class="class-meta">{m.common.yearGroup(c.yearGroup)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="section">
        <LeaveSharedScreen to="/">{m.common.goHome}</LeaveSharedScreen>
      </p>
    </main>
  );
}

function ClassBoard(props: { classId: string }) {
  const { classId } = props;
  const { lang, m } = useI18n();
  const snapshot = useLiveQuery(
    () => buildBoardSnapshot(classId, lang, { teacher: m.board.teacher, classmate: m.board.classmate }),
    [classId, lang],
  );
  const [rotation, setRotation] = useState<RotationState | null>(null);
  useEffect(() => {
    let alive = true;
    void loadBoardRotation(classId).then((r) => alive && setRotation(r));
    void rememberBoardClass(classId).catch(() => {});
    return () => {
      alive = false;
    };
  }, [classId]);

  const pending = useRef<RotationState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const state = pending.current;
    pending.current = null;
    // A failed write is reported by the error banner; the board keeps running from memory.
    if (state) void saveBoardRotation(classId, state).catch(() => {});
  }, [classId]);
  const onRotationChange = useCallback(
    (next: RotationState) => {
      setRotation(next);
      pending.current = next;
      timer.current ??= setTimeout(flush, PERSIST_MS);
    },
    [flush],
  );
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  if (snapshot === undefined || rotation === null)
    return (
      <main id="main" class="page">
        <p class="loading">{m.common.loading}</p>
      </main>
    );
  if (snapshot === null)
    return (
      <main id="main" class="page">
        <h1>{m.classScreen.notFound}</h1>
        <LeaveSharedScreen to="/">{m.common.goHome}</LeaveSharedScreen>
      </main>
    );
  return (
    <main id="main">
      <Board
        snapshot={snapshot}
        rotation={rotation}
        onRotationChange={onRotationChange}
        messages={m.board}
        locale={LOCALES[lang]}
        onSettingsChange={(s) => void saveBoardSettings(classId, s).catch(() => {})}
        exit={
          <>
            <LeaveSharedScreen to={`/class/${classId}`} class="board-leave">
              <span aria-hidden="true">←</span> <span class="board-btn-text">{m.board.backToClass}</span>
            </LeaveSharedScreen>
            {/* The IRP timer on the shared screen; closing it comes back to the board. */}
            <Link
              class="board-leave"
              href={timerHref(
                { kind: 'irp', seconds: { I: 60, R: 120, P: 180 } },
                { back: `/board?class=${encodeURIComponent(classId)}` },
              )}
            >
              <span aria-hidden="true">⏱</span> <span class="board-btn-text">{m.board.irpTimer}</span>
            </Link>
          </>
        }
      />
    </main>
  );
}
