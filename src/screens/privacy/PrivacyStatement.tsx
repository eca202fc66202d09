// The one-page privacy statement, in plain words, printable for a data-protection officer.
import { useI18n } from '../../i18n/i18n';

export function PrivacyStatement() {
  const { m } = useI18n();
  const p = m.privacy;
  return (
    <section class="privacy-statement" aria-labelledby="statement-h">
      <h2 id="statement-h">{p.statementTitle}</h2>
      <p class="lead">{p.intro}</p>
      <h3>{p.whereTitle}</h3>
      <p>{p.where}</p>
      <h3>{p.whatTitle}</h3>
      <ul>
        {p.what.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>{p.notTitle}</h3>
      <ul>
        {p.not.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
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
