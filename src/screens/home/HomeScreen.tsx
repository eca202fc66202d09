// Home: the teacher's classes, a new class, and "Try a demo class".
import { useState } from 'preact/hooks';
import { countPupils, createClass, listClasses } from '../../data/classes';
import { useLiveQuery } from '../../data/live';
import { pinRecovery } from '../../data/pin-state';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { deferred } from '../../ui/Deferred';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { YearGroupField } from '../../ui/YearGroupField';

// Loaded only when the recovery code was used and the teacher has not yet said they saw it.
const PinRecoveryNotice = deferred(() =>
  import('../settings/PinRecoveryNotice').then((x) => x.PinRecoveryNotice),
);

export function HomeScreen() {
  const { m } = useI18n();
  const classes = useLiveQuery(async () => {
    const list = await listClasses();
    return Promise.all(list.map(async (c) => ({ ...c, pupils: await countPupils(c.id) })));
  }, []);
  const hasDemo = classes?.some((c) => c.isDemo) ?? false;
  const recovered = useLiveQuery(() => pinRecovery().catch(() => null), []);
  return (
    <main id="main" class="page home">
      {recovered && !recovered.seen && <PinRecoveryNotice onlyUnseen />}
      <section class="hero">
        <h1>{m.home.title}</h1>
        <p class="tagline">{m.home.tagline}</p>
        <p class="lead">{m.home.intro}</p>
        <LanguageSwitch id="home-lang" />
      </section>

      <section aria-labelledby="classes-h">
        <h2 id="classes-h">{m.home.yourClasses}</h2>
        {classes === undefined ? (
          <p class="loading">{m.common.loading}</p>
        ) : classes.length === 0 ? (
          <p class="empty">{m.home.noClasses}</p>
        ) : (
          <ul class="class-grid">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/class/${c.id}`} class={c.isDemo ? 'class-card demo' : 'class-card'}>
                  <span class="class-name">{c.name}</span>
                  <span class="class-meta">
                    {m.common.yearGroup(c.yearGroup)} · {m.home.pupilCount(c.pupils)}
                  </span>
                  {c.isDemo && <span class="badge">{m.common.demo}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div class="two-col">
        <NewClassForm />
        <DemoCard hasDemo={hasDemo} demoId={classes?.find((c) => c.isDemo)?.id} />
      </div>
    </main>
  );
}

function NewClassForm() {
  const { m } = useI18n();
  const [name, setName] = useState('');
  const [year, setYear] = useState(4);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card"
      aria-labelledby="new-class-h"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        if (!name.trim()) {
          setError(m.home.nameRequired);
          return;
        }
        setBusy(true);
        try {
          const c = await createClass({ name, yearGroup: year });
          navigate(`/class/${c.id}`);
        } catch {
          // The error banner has told the teacher; keep what was typed.
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="new-class-h">{m.home.newClass}</h2>
      <label for="class-name">{m.home.className}</label>
      <input
        id="class-name"
        value={name}
        maxLength={40}
        placeholder={m.home.classNamePlaceholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'class-name-err' : undefined}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setError('');
        }}
      />
      {error && (
        <p id="class-name-err" class="field-error">
          {error}
        </p>
      )}
      <YearGroupField id="class-year" value={year} onChange={setYear} />
      <button type="submit" class="btn primary" disabled={busy}>
        {m.home.create}
      </button>
    </form>
  );
}

function DemoCard(props: { hasDemo: boolean; demoId?: string }) {
  const { m, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <section class="card demo-card" aria-labelledby="demo-h">
      <h2 id="demo-h">{m.home.tryDemo}</h2>
      <p>{m.home.tryDemoHelp}</p>
      <button
        type="button"
        class="btn"
        disabled={busy}
        onClick={async () => {
          if (props.demoId) {
            navigate(`/class/${props.demoId}`);
            return;
          }
          setBusy(true);
          try {
            const { loadDemoClass } = await import('../../data/demo');
            navigate(`/class/${await loadDemoClass(lang)}`);
          } catch {
            // Reported by the error banner.
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? m.home.loadingDemo : props.hasDemo ? m.home.openDemo : m.home.tryDemo}
      </button>
    </section>
  );
}
