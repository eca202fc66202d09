// What a class screen shows before its data is there, or when its class no longer exists
// (a bookmark to a deleted class, say): one look everywhere, and always a way home.
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

export function PageLoading() {
  const { m } = useI18n();
  return (
    <main id="main" class="page">
      <p class="loading">{m.common.loading}</p>
    </main>
  );
}

export function PageNotFound(props: { title?: string }) {
  const { m } = useI18n();
  return (
    <main id="main" class="page">
      <h1>{props.title ?? m.classScreen.notFound}</h1>
      <Link href="/" class="btn">
        {m.common.goHome}
      </Link>
    </main>
  );
}
