// The one-page privacy statement, in plain words, printable for a data-protection officer. A build for
// a school's sync server (__DK_SYNC__, docs/sync.md §10) says so: which server, that nothing is shared
// until a teacher connects a class, and what that server can and cannot see (docs/privacy.md).
import { useI18n } from '../../i18n/i18n';

/** The servers this build may talk to, by host name, as the teacher's browser shows them. */
function serverHosts(): string {
  return __DK_SYNC_ORIGINS__.map((o) => new URL(o).host).join(', ');
}

export function PrivacyStatement() {
  const { m } = useI18n();
  const p = m.privacy;
  const sync = __DK_SYNC__;
  return (
    <section class="privacy-statement" aria-labelledby="statement-h">
      <h2 id="statement-h">{p.statementTitle}</h2>
      <p class="lead">{sync ? p.introSync : p.intro}</p>
      <h3>{p.whereTitle}</h3>
      <p>{sync ? p.whereSync : p.where}</p>
      <h3>{p.whatTitle}</h3>
      <ul>
        {p.what.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>{p.notTitle}</h3>
      <ul>
        {(sync ? p.notSync : p.not).map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {sync && (
        <>
          <h3>{p.syncTitle}</h3>
          <p>{p.syncIntro(serverHosts())}</p>
          <ul>
            {p.sync.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{p.responsibleTitle}</h3>
      <p>{p.responsible}</p>
      <h3>{p.eraseTitle}</h3>
      <ul>
        {p.erase.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p class="meta">{m.settings.version(__APP_VERSION__)}</p>
    </section>
  );
}
