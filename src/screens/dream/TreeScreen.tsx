// /tree?class=ID: the dream tree full screen on the shared screen (dreams and principles only).
import { getClass } from '../../data/classes';
import { listDream } from '../../data/dream';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/i18n';
import { DreamTree } from '../../ui/DreamTree';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { questionOf, treeProps } from './tree-props';
import './dream.css';

export function TreeScreen() {
  const { m } = useI18n();
  const classId = new URLSearchParams(location.search).get('class') ?? '';
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const items = useLiveQuery(() => listDream(classId), [classId]);
  const back = cls ? `/class/${classId}/dream` : '/';
  const question = items ? questionOf(items) : '';
  return (
    <main id="main" class="tree-screen shared-screen">
      <div class="tree-head">
        <h1>{question || m.dream.treeTitle}</h1>
        <LeaveSharedScreen to={back} class="btn ghost shared-close">
          ✕ {m.dream.leave}
        </LeaveSharedScreen>
      </div>
      {cls === null && <p class="lead">{m.classScreen.notFound}</p>}
      {items && <DreamTree {...treeProps(items, m)} />}
    </main>
  );
}
