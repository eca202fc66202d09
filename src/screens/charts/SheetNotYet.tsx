// Teacher only: instead of a "My strengths" sheet with nothing on it (handed over, it would say
// "nobody noticed you"), a nudge to look for this child's strengths first, and the way to write one.
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

export function SheetNotYet(props: { classId: string; pupilId: string; name: string }) {
  const { m } = useI18n();
  const href = `/class/${encodeURIComponent(props.classId)}?notice=${encodeURIComponent(props.pupilId)}`;
  return (
    <div class="notice teacher-only sheet-not-yet" role="note">
      <p>{m.charts.sheetNotYet(props.name)}</p>
      <Link href={href} class="btn small">
        <span aria-hidden="true">✨</span> {m.recognize.quickLabel(props.name)}
      </Link>
    </div>
  );
}
