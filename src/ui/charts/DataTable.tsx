// The data-table alternative every chart has: the same numbers as a real table behind a toggle.
import type { ComponentChildren } from 'preact';

export function DataTable(props: {
  toggle: string;
  caption: string;
  head: string[];
  rows: (string | number | ComponentChildren)[][];
  /** Open by default (e.g. when a chart has too little to draw). */
  open?: boolean;
}) {
  return (
    <details class="chart-table" open={props.open}>
      <summary>{props.toggle}</summary>
      <div class="table-scroll">
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {props.head.map((h, i) => (
                <th key={h} scope="col" class={i > 0 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} class="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
