import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../src/domain/types';
import { en } from '../../../src/i18n/en';
import { enBoard } from '../../../src/i18n/en-board';
import { enFeatures } from '../../../src/i18n/en-features';
import { I18nProvider } from '../../../src/i18n/i18n';
import type { Messages } from '../../../src/i18n/messages';
import { nb } from '../../../src/i18n/nb';
import { nbBoard } from '../../../src/i18n/nb-board';
import { nbFeatures } from '../../../src/i18n/nb-features';
import { nn } from '../../../src/i18n/nn';
import { nnBoard } from '../../../src/i18n/nn-board';
import { nnFeatures } from '../../../src/i18n/nn-features';

/** The whole catalogue of each language, as the app has it once a feature screen has loaded. */
export const CATALOGUES: Record<Lang, Messages> = {
  nb: { ...nb, ...nbBoard, ...nbFeatures },
  nn: { ...nn, ...nnBoard, ...nnFeatures },
  en: { ...en, ...enBoard, ...enFeatures },
};

export function renderWithI18n(ui: ComponentChildren, lang: Lang = 'nb') {
  return render(<I18nProvider initial={{ lang, m: CATALOGUES[lang] }}>{ui}</I18nProvider>);
}
