// The app shell: language, error banner, top bar and the route table. Screens load on demand.
import type { Lang } from './domain/types';
import { I18nProvider, useI18n } from './i18n/i18n';
import type { Messages } from './i18n/messages';
import { Link, match, usePath } from './router';
import { HomeScreen } from './screens/home/HomeScreen';
import { ErrorBanner } from './ui/ErrorBanner';
import { markSharedScreen, TeacherScreenGate } from './ui/LeaveSharedScreen';
import { lazy } from './ui/lazy';

const ClassScreen = lazy(() => import('./screens/class/ClassScreen').then((x) => x.ClassScreen));
const SettingsScreen = lazy(() => import('./screens/settings/SettingsScreen').then((x) => x.SettingsScreen));
const BoardScreen = lazy(() => import('./screens/board/BoardScreen').then((x) => x.BoardScreen));
const PupilScreen = lazy(() => import('./screens/pupil/PupilScreen').then((x) => x.PupilScreen));
const QueueScreen = lazy(() => import('./screens/queue/QueueScreen').then((x) => x.QueueScreen));

/** Full-screen modes for the shared screen: no teacher navigation is shown there. */
const SHARED_SCREEN_ROUTES = ['/board', '/pupil'];

export function App(props: { initial: { lang: Lang; m: Messages } }) {
  return (
    <I18nProvider initial={props.initial}>
      <Shell />
    </I18nProvider>
  );
}

function Routes(props: { path: string }) {
  const { m } = useI18n();
  const path = props.path;
  if (path === '/') return <HomeScreen />;
  if (path === '/settings') return <SettingsScreen />;
  if (path === '/board') return <BoardScreen />;
  if (path === '/pupil') return <PupilScreen />;
  const cls = match('/class/:id', path);
  if (cls) return <ClassScreen classId={cls.id!} />;
  const queue = match('/class/:id/queue', path);
  if (queue) return <QueueScreen classId={queue.id!} />;
  return (
    <main id="main" class="page">
      <h1>{m.common.notFound}</h1>
      <Link href="/" class="btn">
        {m.common.goHome}
      </Link>
    </main>
  );
}

function Shell() {
  const { m } = useI18n();
  const path = usePath();
  const shared = SHARED_SCREEN_ROUTES.includes(path);
  // A shared screen locks this tab's teacher screens behind the PIN (when one is set).
  if (shared) markSharedScreen(location.pathname + location.search);
  return (
    <TeacherScreenGate key={shared ? 'shared' : 'teacher'} shared={shared}>
      {!shared && (
        <>
          <a class="skip-link" href="#main">
            {m.common.skipToContent}
          </a>
          <header class="topbar">
            <Link href="/" class="brand">
              <span aria-hidden="true">🌳</span> {m.common.appName}
            </Link>
            <nav aria-label={m.common.mainNav}>
              <Link href="/" aria-current={path === '/' ? 'page' : undefined}>
                {m.common.home}
              </Link>
              <Link href="/settings" aria-current={path === '/settings' ? 'page' : undefined}>
                {m.common.settings}
              </Link>
            </nav>
          </header>
        </>
      )}
      <ErrorBanner />
      <Routes path={path} />
    </TeacherScreenGate>
  );
}
