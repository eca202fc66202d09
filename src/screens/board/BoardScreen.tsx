// /board: the praise board for the shared screen (filled by the board issue).
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

export function BoardScreen() {
  const { m } = useI18n();
  return (
    <main id="main" class="page shared-screen">
      <h1>{m.board.title}</h1>
      <p class="lead">{m.board.placeholder}</p>
      <Link href="/" class="btn">
        {m.common.goHome}
      </Link>
    </main>
  );
}
