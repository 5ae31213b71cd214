import { buildMatrix, cellText, totalsWords } from '../../../shared/matrix/matrix';
import { NOTATION_LETTERS } from '../../../shared/matrix/notation';
import type { MapDocument } from '../../../shared/model';
import { decisionTitle } from '../../../shared/names';

/**
 * The decision-rights matrix on paper, in the map's notation: decisions in flow order by
 * roles, the letters in the cells, the totals row last with the heaviest decider named.
 * The header repeats on every page; rows are never split.
 */
export function MatrixSection({ doc }: { doc: MapDocument }) {
  const matrix = buildMatrix(doc);
  const legend = NOTATION_LETTERS[matrix.notation];
  return (
    <section className="print-page pv-matrix-page">
      <header className="pv-section-heading">
        <h2>Decision rights ({matrix.notation})</h2>
        <p className="pv-muted">
          {legend.map((l) => `${l.letter} ${l.word}`).join(' · ')}. Every decision in flow order,
          and who holds which part of it.
        </p>
      </header>
      {matrix.rows.length === 0 || matrix.roles.length === 0 ? (
        <p>This map has no decisions with roles yet.</p>
      ) : (
        <table className="pv-register pv-matrix">
          <thead>
            <tr>
              <th scope="col">Decision</th>
              {matrix.roles.map((role) => (
                <th scope="col" key={role.id}>
                  {role.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((t) => (
              <tr key={t.id}>
                <th scope="row">{decisionTitle(doc, t)}</th>
                {matrix.roles.map((role) => (
                  <td key={role.id} className="pv-matrix-cell">
                    {cellText(doc, t, role, matrix.notation)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="pv-matrix-totals">
              <th scope="row">Totals</th>
              {matrix.roles.map((role) => (
                <td key={role.id}>
                  {totalsWords(matrix.totals.get(role.id)!)}
                  {matrix.heaviestDecider?.id === role.id && <strong> — most decisions</strong>}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
