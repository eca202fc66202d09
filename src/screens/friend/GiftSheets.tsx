// /class/:id/friend/:round/sheets: one printed gift sheet per child, two to an A4 portrait page (cut
// along the line). A child with no approved gift gets a sheet with lines for the secret friend to
// fill in by hand, never signed with the giver's name under an empty gift.
import { taggedRecognitions } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listStrengths } from '../../data/strengths';
import { giverOf } from '../../domain/derangement';
import { giftsFor } from '../../domain/friend-round';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { byName, useRound } from './use-round';
import './friend.css';
import { localized } from '../../domain/wording';

export function GiftSheets(props: { classId: string; roundId: string }) {
  const { m, lang } = useI18n();
  const f = m.friend;
  const data = useRound(props.roundId);
  const extra = useLiveQuery(async () => {
    const [tagged, strengths] = await Promise.all([
      taggedRecognitions(props.roundId),
      listStrengths({ includeHidden: true }),
    ]);
    return { tagged, strengths: new Map(strengths.map((s) => [s.id, s])) };
  }, [props.roundId]);
  if (!data || !extra)
    return (
      <main id="main" class="page">
        <p class="loading">{m.common.loading}</p>
      </main>
    );
  const round = data.round;
  if (!round || round.classId !== props.classId)
    return (
      <main id="main" class="page">
        <h1>{f.notFound}</h1>
      </main>
    );
  const name = (id: string) => data.names.get(id) ?? '…';
  const gifts = giftsFor(round, extra.tagged);
  return (
    <main id="main" class="page gift-sheets">
      <style>{'@page { size: A4 portrait; margin: 15mm; }'}</style>
      <div class="page-head no-print">
        <p class="meta">
          <Link href={`/class/${props.classId}/friend/${round.id}`}>← {f.title}</Link>
        </p>
        <h1>{f.sheetsTitle}</h1>
        <p class="help">{f.sheetsHelp}</p>
        <button type="button" class="btn primary" onClick={() => window.print()}>
          🖨️ {m.dream.print}
        </button>
      </div>
      {byName(Object.values(round.draws), data.names).map((receiver) => (
        <article key={receiver} class="gift-sheet" aria-label={f.sheetTitle(name(receiver))}>
          <h2>🎁 {f.sheetTitle(name(receiver))}</h2>
          {gifts[receiver]!.length === 0 ? (
            <div class="sheet-blank">
              <p>{f.sheetStrengthLine}</p>
              <span class="write-line" />
              <p>{f.sheetActionLine}</p>
              <span class="write-line" />
              <span class="write-line" />
              <span class="write-line" />
            </div>
          ) : (
            <ul class="gift-list">
              {gifts[receiver]!.map((r) => {
                const s = extra.strengths.get(r.strengthId);
                return (
                  <li key={r.id}>
                    {s && (
                      <p class="gift-strength">
                        <span aria-hidden="true">{s.symbol}</span> {localized(s.name, lang)}
                      </p>
                    )}
                    <p class="gift-text">{r.text}</p>
                  </li>
                );
              })}
            </ul>
          )}
          {gifts[receiver]!.length === 0 ? (
            <p class="sheet-from">
              {f.sheetFromBlank} <span class="write-line inline" />
            </p>
          ) : (
            <p class="sheet-from">{f.sheetFrom(name(giverOf(round.draws, receiver) ?? ''))}</p>
          )}
        </article>
      ))}
    </main>
  );
}
