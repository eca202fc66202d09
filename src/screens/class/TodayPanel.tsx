// The class screen's small "Today" panel: the routines due today (only once the class has routines).
import { useLiveQuery } from '../../data/live';
import { listRoutines } from '../../data/routines';
import { TodayList } from '../routines/TodayList';
import '../routines/routines.css';

export function TodayPanel(props: { classId: string }) {
  const routines = useLiveQuery(() => listRoutines(props.classId), [props.classId]);
  if (!routines?.length) return null;
  return (
    <div class="card today-panel">
      <TodayList classId={props.classId} back={`/class/${props.classId}`} headingLevel={2} />
    </div>
  );
}
