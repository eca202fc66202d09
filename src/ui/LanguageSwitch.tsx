import { LANGS } from '../domain/types';
import { isLang, LANG_NAMES, useI18n } from '../i18n/i18n';

export function LanguageSwitch(props: { id?: string }) {
  const { lang, m, setLang } = useI18n();
  const id = props.id ?? 'lang-switch';
  return (
    <span class="lang-switch">
      <label for={id}>{m.common.language}</label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLang(v)) setLang(v);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
