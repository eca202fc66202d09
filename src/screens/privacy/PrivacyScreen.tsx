// Privacy: the plain-words statement, then the controls (one pupil; end of the school year).
import { listClasses } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { EraseEverything } from './EraseEverything';
import { PrivacyStatement } from './PrivacyStatement';
import { PupilPrivacy } from './PupilPrivacy';
import { YearEnd } from './YearEnd';
import '../settings/backup.css';

export function PrivacyScreen() {
  const { m } = useI18n();
  const classes = useLiveQuery(listClasses, []);
  return (
    <main id="main" class="page privacy">
      <h1>{m.privacy.title}</h1>
      <PrivacyStatement />
      <div class="privacy-tools">
        {classes && classes.length === 0 && <p class="empty">{m.privacy.noClasses}</p>}
        {classes && classes.length > 0 && (
          <>
            <PupilPrivacy key={classes.map((c) => c.id).join()} classes={classes} />
            <YearEnd key={`y${classes.map((c) => c.id).join()}`} classes={classes} />
          </>
        )}
        <EraseEverything />
        <p>
          <Link href="/settings#backup" class="btn ghost">
            {m.backup.title}
          </Link>
        </p>
      </div>
    </main>
  );
}
