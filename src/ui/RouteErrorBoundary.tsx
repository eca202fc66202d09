// Catches what a screen throws while it renders (a broken address, a bug, a screen's code that could
// not load) and shows a plain message with a way home instead of a blank page.
import { Component, type ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

function BrokenPage() {
  const { m } = useI18n();
  return (
    <main id="main" class="page">
      <h1>{m.common.brokenPage}</h1>
      <Link href="/" class="btn">
        {m.common.goHome}
      </Link>
    </main>
  );
}

/** Give it `key={path}` so that going to another address tries again. */
export class RouteErrorBoundary extends Component<{ children?: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // Kept for whoever opens the console; the page itself says only what the user can do.
    console.error(error);
  }

  override render() {
    return this.state.failed ? <BrokenPage /> : this.props.children;
  }
}
