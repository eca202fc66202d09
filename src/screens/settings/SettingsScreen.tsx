// Settings: language and the strength catalogue. Later issues add backup, PIN and privacy here.

import type { ComponentType } from 'preact';
import { useI18n } from '../../i18n/i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { lazy } from '../../ui/lazy';
import { DataSettings } from './DataSettings';
import { PinSettings } from './PinSettings';
import { StarterSettings } from './StarterSettings';
import { StrengthCatalogue } from './StrengthCatalogue';

let LazySyncSection: ComponentType | undefined;
/**
 * Sharing between devices, in its own chunk. Only rendered behind `__DK_SYNC__`, a build-time literal:
 * a build without a sync server drops this function, the import() and the chunk altogether.
 */
function SyncSlot() {
  LazySyncSection ??= lazy(() => import('./SyncSection').then((x) => x.SyncSection));
  return <LazySyncSection />;
}

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
      {__DK_SYNC__ && <SyncSlot />}
      <DataSettings />
      <section class="section" aria-labelledby="about-h">
        <h2 id="about-h">{m.settings.about}</h2>
        <p>{m.settings.version(__APP_VERSION__)}</p>
      </section>
    </main>
  );
}
