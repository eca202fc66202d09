import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../src/domain/types';
import { en } from '../../../src/i18n/en';
import { I18nProvider } from '../../../src/i18n/i18n';
import { nb } from '../../../src/i18n/nb';
import { nn } from '../../../src/i18n/nn';

const CATALOGUES = { nb, nn, en };

export function renderWithI18n(ui: ComponentChildren, lang: Lang = 'nb') {
  return render(<I18nProvider initial={{ lang, m: CATALOGUES[lang] }}>{ui}</I18nProvider>);
}
