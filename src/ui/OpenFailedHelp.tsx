// When the database cannot be opened: say whether an upgrade failed (old data untouched) and offer
// to restore from a backup file into a fresh database.
import { useEffect, useState } from 'preact/hooks';
import { currentError, onErrorChange, type ShownError } from '../app-errors';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

export function OpenFailedHelp() {
  const { m, hasFeatures, requireFeatures } = useI18n();
  const [error, setError] = useState<ShownError | null>(() => {
    const e = currentError();
    return e?.kind === 'openFailed' ? e : null;
  });
  // Sticky: the failed open is the root cause, even when later reads report their own errors.
  // onErrorChange replays the current error, so one reported before this subscription is shown too.
  useEffect(
    () =>
      onErrorChange((e) => {
        if (!e) setError(null);
        else if (e.kind === 'openFailed') setError(e);
      }),
    [],
  );
  useEffect(() => {
    if (error && !hasFeatures) void requireFeatures();
  }, [error, hasFeatures]);
  if (!error || !hasFeatures) return null;
  const upgrade = error.detail?.startsWith('UpgradeError') ?? false;
  return (
    <div class="open-failed" role="note">
      <p>{upgrade ? m.backup.upgradeFailed : m.backup.recoverHint}</p>
      <Link href="/recover" class="btn">
        {m.backup.recoverLink}
      </Link>
    </div>
  );
}
