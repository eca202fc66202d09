// The way into the moderation queue, with a badge counting what waits for the teacher.
import { useLiveQuery } from '../../../data/live';
import { countWaiting } from '../../../data/recognitions';
import { useI18n } from '../../../i18n/i18n';
import { Link } from '../../../router';

export function QueueLink(props: { classId: string }) {
  const { m } = useI18n();
  const n = useLiveQuery(() => countWaiting(props.classId), [props.classId]) ?? 0;
  return (
    <Link class="btn" href={`/class/${props.classId}/queue`} aria-label={m.queue.linkLabel(n)}>
      <span aria-hidden="true">📥</span> {m.queue.title}
      {n > 0 && (
        <span class="badge count-badge" aria-hidden="true">
          {n}
        </span>
      )}
    </Link>
  );
}
