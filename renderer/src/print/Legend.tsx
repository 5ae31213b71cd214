import { TRANSITION_KINDS, type TransitionKind } from '../../../shared/model';
import { READINESS } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';
import { ARROW_CAP, ARROW_COLOUR, ARROW_DASH, ARROW_WIDTH, READINESS_COLOUR } from './palette';

const ARROW_WORDS: Record<TransitionKind, string> = {
  forward: 'Work moves forward',
  'send-back': 'Sent back for rework',
  escalation: 'Escalated',
};

const STATES = ['ready', 'at-risk', 'blocked', 'automatic'] as const;

/** What the lines, chips and marks of the map drawing mean, in words as well as pictures. */
export function Legend() {
  return (
    <div className="print-legend" aria-label="Legend">
      <div className="pv-legend-group">
        {TRANSITION_KINDS.map((kind) => (
          <span key={kind} className="pv-legend-item">
            <svg width="34" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="33"
                y2="5"
                stroke={ARROW_COLOUR[kind]}
                strokeWidth={ARROW_WIDTH[kind]}
                strokeDasharray={ARROW_DASH[kind]}
                strokeLinecap={ARROW_CAP[kind]}
              />
            </svg>
            {ARROW_WORDS[kind]}
          </span>
        ))}
      </div>
      <div className="pv-legend-group">
        {STATES.map((state) => (
          <span key={state} className="pv-legend-item" style={{ color: READINESS_COLOUR[state] }}>
            <Icon name={READINESS[state].icon} size={12} />
            <span className="pv-legend-state">{READINESS[state].label}</span>
          </span>
        ))}
        <span className="pv-legend-item pv-legend-note">
          “3/5”: how many of the five questions the decision answers well (what is decided, who
          decides, what information, what good looks like, what if it changes)
        </span>
      </div>
    </div>
  );
}
