// Catches what a screen throws while it renders (a broken address, a bug, a screen's code that could
// not load, a live read that failed) and shows a plain message with a way home instead of a blank page
// or "loading" for ever.
import { Component, type ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

function BrokenPage(props: { readFailed: boolean }) {
  const { m } = useI18n();
  return (
    <main id="main" class="page">
      <h1>{props.readFailed ? m.common.readFailed : m.common.brokenPage}</h1>
      {props.readFailed && <p class="lead">{m.common.readFailedHelp}</p>}
      <div class="row wrap">
        {props.readFailed && (
          <button type="button" class="btn primary" onClick={() => location.reload()}>
            {m.errors.reload}
          </button>
        )}
        <Link href="/" class="btn">
          {m.common.goHome}
        </Link>
      </div>
    </main>
  );
}

/** Give it `key={path}` so that going to another address tries again. */
export class RouteErrorBoundary extends Component<
  { children?: ComponentChildren },
  { failed: boolean; readFailed: boolean }
> {
  override state = { failed: false, readFailed: false };

  static override getDerivedStateFromError(error: unknown) {
    // A live read that failed (src/data/live.ts) says so; anything else is a page that broke.
    return { failed: true, readFailed: (error as { name?: unknown } | null)?.name === 'ReadFailedError' };
  }

  override componentDidCatch(error: unknown) {
    // Kept for whoever opens the console; the page itself says only what the user can do.
    console.error(error);
  }

  override render() {
    return this.state.failed ? <BrokenPage readFailed={this.state.readFailed} /> : this.props.children;
  }
}
