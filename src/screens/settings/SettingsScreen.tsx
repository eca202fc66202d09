// Settings: language and the strength catalogue. Later issues add backup, PIN and privacy here.

import { useLiveQuery } from '../../data/live';
import { listStrengths } from '../../data/strengths';
import { DEFAULT_STRENGTHS } from '../../domain/default-strengths';
import { localized, useI18n } from '../../i18n/i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { DataSettings } from './DataSettings';

const SUGGESTED = new Set(DEFAULT_STRENGTHS.filter((s) => s.suggested).map((s) => s.key));

export function SettingsScreen() {
  const { m, lang } = useI18n();
  const strengths = useLiveQuery(() => listStrengths({ includeHidden: true }), []);
  return (
    <main id="main" class="page settings">
      <h1>{m.settings.title}</h1>
      <section class="card" aria-labelledby="lang-h">
        <h2 id="lang-h">{m.common.language}</h2>
        <LanguageSwitch id="settings-lang" />
        <p class="help">{m.settings.languageHelp}</p>
      </section>
      <section class="section" aria-labelledby="strengths-h">
        <h2 id="strengths-h">{m.strengths.title}</h2>
        <p class="help">{m.strengths.intro}</p>
        <ul class="strength-grid">
          {strengths?.map((s) => (
            <li key={s.id} class="strength-tile" style={{ '--strength': s.color }}>
              <span class="strength-symbol" aria-hidden="true">
                {s.symbol}
              </span>
              <span class="strength-name">{localized(s.name, lang)}</span>
              <span class="strength-def">{localized(s.definition, lang)}</span>
              {s.key && SUGGESTED.has(s.key) && <span class="badge subtle">{m.strengths.suggested}</span>}
              {s.hidden && <span class="badge subtle">{m.strengths.hidden}</span>}
            </li>
          ))}
        </ul>
      </section>
      <DataSettings />
      <section class="section" aria-labelledby="about-h">
        <h2 id="about-h">{m.settings.about}</h2>
        <p>{m.settings.version(__APP_VERSION__)}</p>
      </section>
    </main>
  );
}
