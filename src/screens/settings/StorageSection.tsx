// Storage safety in settings: is our data kept (persistent storage), and how much space is used.
import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, type StorageInfo, storageInfo } from '../../data/storage';
import { numberFormat } from '../../domain/locale-format';
import { LOCALES, useI18n } from '../../i18n/i18n';

export function formatBytes(n: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: v < 10 && i > 0 ? 1 : 0,
  }).format(v);
}

export function StorageSection() {
  const { m, lang } = useI18n();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    // Ask once when the teacher looks at storage: Chromium answers silently, Firefox asks the user
    // and remembers the answer.
    void storageInfo().then(async (i) => {
      setInfo(i);
      if (i.persist === 'notPersisted') setInfo({ ...i, persist: await requestPersistence() });
    });
  }, []);
  const s = m.settings;
  const text = info
    ? {
        persisted: s.persisted,
        notPersisted: s.notPersisted,
        denied: s.persistDenied,
        unsupported: s.persistUnsupported,
      }[info.persist]
    : m.common.loading;
  return (
    <section class="card data-card" aria-labelledby="storage-h">
      <h2 id="storage-h">{s.storageTitle}</h2>
      <p role="status" class={info?.persist === 'persisted' ? 'ok-text' : undefined}>
        {text}
      </p>
      {info && (info.persist === 'notPersisted' || info.persist === 'denied') && (
        <button
          type="button"
          class="btn"
          onClick={async () => {
            const persist = await requestPersistence();
            setInfo({ ...(await storageInfo()), persist });
          }}
        >
          {s.askPersist}
        </button>
      )}
      {info && (
        <p class="meta">
          {info.usage !== undefined && info.quota
            ? s.usage(formatBytes(info.usage, LOCALES[lang]), formatBytes(info.quota, LOCALES[lang]))
            : s.usageUnknown}
        </p>
      )}
    </section>
  );
}
