// /class/:id/poster: the dream tree as a poster, A4 or A3 landscape (print CSS + @page). Every
// dream and principle is on the tree; if one is too long to stand whole in its fruit or box, a
// second page lists them all in full, so nothing a child wrote is cut on paper.
import { useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { listDream } from '../../data/dream';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { DreamTree, shortenedOnTree } from '../../ui/DreamTree';
import { questionOf, treeProps } from './tree-props';
import './dream.css';
import { PageLoading, PageNotFound } from '../../ui/PageState';

type Paper = 'A4' | 'A3';

export function PosterScreen(props: { classId: string }) {
  const { m } = useI18n();
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const items = useLiveQuery(() => listDream(classId), [classId]);
  const [paper, setPaper] = useState<Paper>('A4');
  if (!cls || !items) return cls === null ? <PageNotFound /> : <PageLoading />;
  const question = questionOf(items);
  const tree = treeProps(items, m);
  const shortened = shortenedOnTree(tree);
  return (
    <main id="main" class="page poster-screen">
      {/* The page size follows the choice; one landscape page, small margins. */}
      <style>{`@page { size: ${paper} landscape; margin: 8mm; }`}</style>
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}/dream`}>← {m.dream.title}</Link>
        </p>
        <h1>{m.dream.posterTitle}</h1>
        <p class="help">{m.dream.posterHelp}</p>
      </div>
      <div class="row wrap poster-controls">
        <label for="paper">{m.dream.paperSize}</label>
        <select id="paper" value={paper} onChange={(e) => setPaper(e.currentTarget.value as Paper)}>
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
        <button type="button" class="btn primary" onClick={() => window.print()}>
          🖨️ {m.dream.print}
        </button>
      </div>
      {shortened > 0 && <p class="notice poster-controls">{m.dream.posterShortened(shortened)}</p>}
      <article class={`poster-sheet paper-${paper}`} data-paper={paper}>
        <h2>{question || m.dream.treeTitle}</h2>
        <p class="poster-class">{cls.name}</p>
        <DreamTree {...tree} />
      </article>
      {shortened > 0 && (
        <article class={`poster-sheet poster-list paper-${paper}`}>
          <h2>{question || m.dream.treeTitle}</h2>
          <div class="poster-columns">
            <section>
              <h3>{m.dream.dreamsLabel}</h3>
              <ul>
                {tree.dreams.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </section>
            {tree.principles.length > 0 && (
              <section>
                <h3>{m.dream.principlesLabel}</h3>
                <ul>
                  {tree.principles.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </article>
      )}
    </main>
  );
}
