// When the database cannot be opened: say whether an upgrade failed (old data untouched) and offer
// to restore from a backup file into a fresh database.
import { useEffect, useState } from 'preact/hooks';
import { currentError, onErrorChange, type ShownError } from '../app-errors';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

export function OpenFailedHelp() {
  const { m } = useI18n();
  const [error, setError] = useState<ShownError | null>(currentError);
  useEffect(() => onErrorChange(setError), []);
  if (error?.kind !== 'openFailed') return null;
  const upgrade = error.detail?.startsWith('UpgradeError') ?? false;
  return (
    <div class="open-failed" role="note">
      {upgrade && <p>{m.backup.upgradeFailed}</p>}
      <Link href="/recover" class="btn">
        {m.backup.recoverLink}
      </Link>
    </div>
  );
}
