// Tells the teacher that the recovery code removed the PIN, and when (on the home screen until
// they say they have seen it, and always in the PIN settings).
import { useLiveQuery } from '../../data/live';
import { markPinRecoverySeen } from '../../data/pin';
import { pinRecovery } from '../../data/pin-state';
import { todayIso } from '../../domain/dates';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../ui/format-date';

export function PinRecoveryNotice(props: { onlyUnseen?: boolean }) {
  const { m, lang } = useI18n();
  const used = useLiveQuery(() => pinRecovery().catch(() => null), []);
  if (!used || (props.onlyUnseen && used.seen)) return null;
  const date = formatDate(todayIso(used.at), lang, { year: true });
  return (
    <div class="notice pin-recovered" role="status">
      <p>{m.teacherPin.recovered(date)}</p>
      {!used.seen && (
        <button type="button" class="btn" onClick={() => void markPinRecoverySeen().catch(() => {})}>
          {m.teacherPin.recoveredOk}
        </button>
      )}
    </div>
  );
}
