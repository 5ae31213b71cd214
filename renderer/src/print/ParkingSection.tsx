import { own, type MapDocument } from '../../../shared/model';
import { arrowName, stepName } from '../../../shared/names';

/** Open questions parked during workshops, with what each one is about. */
export function ParkingSection({ doc }: { doc: MapDocument }) {
  const about = (target: string | null): string => {
    if (target === null) return 'The whole map';
    const step = own(doc.steps, target);
    if (step) return stepName(step);
    const t = own(doc.transitions, target);
    return t ? arrowName(doc, t) : 'The whole map';
  };
  return (
    <section className="print-page pv-parking-page">
      <header className="pv-section-heading">
        <h2>Parking lot</h2>
        <p className="pv-muted">Open questions set aside during workshops, still to be answered.</p>
      </header>
      <table className="pv-parking">
        <colgroup>
          <col className="pv-c-number" />
          <col className="pv-c-open" />
          <col className="pv-c-about" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Open question</th>
            <th scope="col">About</th>
          </tr>
        </thead>
        <tbody>
          {doc.parkingLot.map((item, i) => (
            <tr key={item.id}>
              <td className="pv-c-number">{i + 1}</td>
              <td>{item.text}</td>
              <td>{about(item.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
