// /pupil: pupil mode for the smartboard or a class tablet (filled by the noticing issue).
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

export function PupilScreen() {
  const { m } = useI18n();
  return (
    <main id="main" class="page shared-screen">
      <h1>{m.pupilMode.title}</h1>
      <p class="lead">{m.pupilMode.placeholder}</p>
      <Link href="/" class="btn">
        {m.common.goHome}
      </Link>
    </main>
  );
}
