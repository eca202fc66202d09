// The app shell: language, error banner, top bar and the route table. Screens load on demand.
import type { Lang } from './domain/types';
import { I18nProvider, useI18n } from './i18n/i18n';
import type { BoardMessages, CoreMessages, FeatureMessages } from './i18n/messages';
import { decodeSegment, Link, match, usePath } from './router';
import { BackupReminderSlot } from './screens/home/BackupReminderSlot';
import { HomeScreen } from './screens/home/HomeScreen';
import { markSharedScreen, TeacherScreenGate } from './screens/pin/TeacherScreenGate';
import { isSharedScreen } from './shared-screens';
import { OfflineReady } from './sw/OfflineReady';
import { UpdatePrompt } from './sw/UpdatePrompt';
import { ErrorBanner } from './ui/ErrorBanner';
import { lazy } from './ui/lazy';
import { OpenFailedHelp } from './ui/OpenFailedHelp';
import { RouteErrorBoundary } from './ui/RouteErrorBoundary';
import { useRouteFocus } from './ui/route-focus';

const ClassScreen = lazy(() => import('./screens/class/ClassScreen').then((x) => x.ClassScreen));
const SettingsScreen = lazy(() => import('./screens/settings/SettingsScreen').then((x) => x.SettingsScreen));
const BoardScreen = lazy(() => import('./screens/board/BoardScreen').then((x) => x.BoardScreen));
const PupilScreen = lazy(() => import('./screens/pupil/PupilScreen').then((x) => x.PupilScreen));
const DreamScreen = lazy(() => import('./screens/dream/DreamScreen').then((x) => x.DreamScreen));
const TreeScreen = lazy(() => import('./screens/dream/TreeScreen').then((x) => x.TreeScreen));
const PosterScreen = lazy(() => import('./screens/dream/PosterScreen').then((x) => x.PosterScreen));
const CheckInScreen = lazy(() => import('./screens/dream/CheckInScreen').then((x) => x.CheckInScreen));
const TimerScreen = lazy(() => import('./screens/timer/TimerScreen').then((x) => x.TimerScreen));
const RoutinesScreen = lazy(() => import('./screens/routines/RoutinesScreen').then((x) => x.RoutinesScreen));
const HolidaysScreen = lazy(() => import('./screens/routines/HolidaysScreen').then((x) => x.HolidaysScreen));
const FriendScreen = lazy(() => import('./screens/friend/FriendScreen').then((x) => x.FriendScreen));
const RevealScreen = lazy(() => import('./screens/friend/RevealScreen').then((x) => x.RevealScreen));
const CeremonyScreen = lazy(() => import('./screens/friend/CeremonyScreen').then((x) => x.CeremonyScreen));
const GiftSheets = lazy(() => import('./screens/friend/GiftSheets').then((x) => x.GiftSheets));
const ChartsScreen = lazy(() => import('./screens/charts/ChartsScreen').then((x) => x.ChartsScreen));
const PrivacyScreen = lazy(() => import('./screens/privacy/PrivacyScreen').then((x) => x.PrivacyScreen));
const PupilRecordPage = lazy(() =>
  import('./screens/privacy/PupilRecordPage').then((x) => x.PupilRecordPage),
);
const RecoverScreen = lazy(() => import('./screens/recover/RecoverScreen').then((x) => x.RecoverScreen));
const QueueScreen = lazy(() => import('./screens/queue/QueueScreen').then((x) => x.QueueScreen));

export function App(props: {
  initial: { lang: Lang; m: CoreMessages & Partial<BoardMessages & FeatureMessages> };
}) {
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
  const charts = /^\/class\/([^/]+)\/charts(\/.*)?$/.exec(path);
  const chartsClass = charts && decodeSegment(charts[1]!);
  if (charts && chartsClass !== null) return <ChartsScreen classId={chartsClass} sub={charts[2] ?? ''} />;
  if (path === '/privacy') return <PrivacyScreen />;
  const record = match('/privacy/pupil/:id', path);
  if (record) return <PupilRecordPage pupilId={record.id!} />;
  if (path === '/recover') return <RecoverScreen />;
  const cls = match('/class/:id', path);
  if (cls) return <ClassScreen classId={cls.id!} />;
  // Dream Class routines (issue 5): the dream, its tree, check-ins, routines and secret friends.
  if (path === '/timer') return <TimerScreen />;
  if (path === '/tree') return <TreeScreen />;
  if (path === '/friend/reveal') return <RevealScreen />;
  if (path === '/friend/ceremony') return <CeremonyScreen />;
  const sub = match('/class/:id/:screen', path);
  if (sub?.screen === 'dream') return <DreamScreen classId={sub.id!} />;
  if (sub?.screen === 'poster') return <PosterScreen classId={sub.id!} />;
  if (sub?.screen === 'checkin') return <CheckInScreen classId={sub.id!} />;
  if (sub?.screen === 'routines') return <RoutinesScreen classId={sub.id!} />;
  if (sub?.screen === 'holidays') return <HolidaysScreen classId={sub.id!} />;
  if (sub?.screen === 'friend') return <FriendScreen classId={sub.id!} />;
  const round = match('/class/:id/friend/:round', path);
  if (round) return <FriendScreen classId={round.id!} roundId={round.round!} />;
  const sheets = match('/class/:id/friend/:round/sheets', path);
  if (sheets) return <GiftSheets classId={sheets.id!} roundId={sheets.round!} />;
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
  useRouteFocus(path, m.common.appName);
  const shared = isSharedScreen(path);
  // A shared screen locks the teacher screens of every tab on this device behind the PIN (when one is set).
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
      <OpenFailedHelp />
      <RouteErrorBoundary key={path}>
        {/* Inside the boundary: a read it cannot make shows the message, not a blank app. */}
        {path === '/' && <BackupReminderSlot />}
        <Routes path={path} />
      </RouteErrorBoundary>
      <UpdatePrompt hidden={shared} />
      <OfflineReady hidden={shared} />
    </TeacherScreenGate>
  );
}
