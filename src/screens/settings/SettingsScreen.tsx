// Settings: language and the strength catalogue. Later issues add backup, PIN and privacy here.

import { useI18n } from '../../i18n/i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { DataSettings } from './DataSettings';
import { PinSettings } from './PinSettings';
import { StarterSettings } from './StarterSettings';
import { StrengthCatalogue } from './StrengthCatalogue';

export function SettingsScreen() {
  const { m } = useI18n();
  return (
    <main id="main" class="page settings">
      <h1>{m.settings.title}</h1>
      <section class="card" aria-labelledby="lang-h">
        <h2 id="lang-h">{m.common.language}</h2>
        <LanguageSwitch id="settings-lang" />
        <p class="help">{m.settings.languageHelp}</p>
      </section>
      <StrengthCatalogue />
      <StarterSettings />
      <PinSettings />
      <DataSettings />
      <section class="section" aria-labelledby="about-h">
        <h2 id="about-h">{m.settings.about}</h2>
        <p>{m.settings.version(__APP_VERSION__)}</p>
      </section>
    </main>
  );
}
