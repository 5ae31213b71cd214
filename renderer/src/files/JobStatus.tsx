import { Icon } from '../ui/Icon';
import type { FileJob } from './useFileJob';

/** The line under an export or import: working (with a progress bar after a second), done, failed. */
export function JobStatus({ job }: { job: FileJob }) {
  return (
    <div className={`job-status job-${job.state}`} role="status" aria-live="polite">
      {job.state === 'working' && (
        <>
          <span>{job.label}</span>
          <progress className="job-progress" aria-label={job.label} />
        </>
      )}
      {job.state === 'done' && (
        <>
          <Icon name="ready" size={16} />
          <span>{job.message}</span>
        </>
      )}
      {job.state === 'failed' && (
        <>
          <Icon name="warning" size={16} />
          <span>{job.message}</span>
        </>
      )}
    </div>
  );
}
