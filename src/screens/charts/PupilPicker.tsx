// Teacher only: the class's pupils as links to their strengths. No numbers here, so the list can
// never turn into a ranking.
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

export function PupilPicker(props: { classId: string; base: string; query: string; sheetsHref: string }) {
  const { m } = useI18n();
  const active = useLiveQuery(() => listPupils(props.classId, 0), [props.classId]);
  const archived = useLiveQuery(() => listPupils(props.classId, 1), [props.classId]);
  if (!active || !archived) return <p class="loading">{m.common.loading}</p>;
  const link = (id: string) => `${props.base}/${encodeURIComponent(id)}${props.query}`;
  return (
    <section class="chart-card" aria-labelledby="p-title" data-chart-ready="pupils">
      <p class="notice teacher-only" role="note">
        {m.charts.teacherOnlyNote}
      </p>
      <h2 id="p-title">{m.charts.pupilsTitle}</h2>
      <p class="help">{m.charts.pupilsIntro}</p>
      {active.length > 0 && (
        <p>
          <Link href={props.sheetsHref} class="btn small primary">
            <span aria-hidden="true">🖨️</span> {m.charts.printAllSheets}
          </Link>
        </p>
      )}
      {active.length === 0 && <p class="empty">{m.charts.noPupils}</p>}
      <ul class="pupil-links" aria-labelledby="p-title">
        {active.map((p) => (
          <li key={p.id}>
            <Link href={link(p.id)} class="btn" dir="auto">
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
      {archived.length > 0 && (
        <>
          <h3 id="p-archived">{m.charts.archivedPupils}</h3>
          <ul class="pupil-links" aria-labelledby="p-archived">
            {archived.map((p) => (
              <li key={p.id}>
                <Link href={link(p.id)} class="btn ghost" dir="auto">
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
