// The data part of settings: backup, import, storage safety and the way to the privacy page.
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { BackupSection } from './BackupSection';
import { ImportSection } from './ImportSection';
import { StorageSection } from './StorageSection';
import './backup.css';

export function DataSettings() {
  const { m } = useI18n();
  return (
    <>
      <BackupSection />
      <ImportSection />
      <StorageSection />
      <p class="section">
        <Link href="/privacy" class="btn">
          <span aria-hidden="true">🔒</span> {m.settings.privacyLink}
        </Link>
      </p>
    </>
  );
}
