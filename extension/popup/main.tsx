// The toolbar popup's entry: the board's language (or the browser's), then the popup.
import { render } from 'preact';
import { I18nProvider, loadBoardMessages } from '../../src/i18n/i18n';
import { browserLang } from '../shared/lang';
import { boardStore } from '../shared/store';
import '../shared/pages.css';
import './popup.css';
import { Popup } from './Popup';

async function start() {
  const board = await boardStore()
    .then((s) => s.get())
    .catch(() => undefined);
  const lang = board?.snapshot.lang ?? browserLang();
  const m = await loadBoardMessages(lang);
  render(
    <I18nProvider initial={{ lang, m }}>
      <Popup />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void start();
