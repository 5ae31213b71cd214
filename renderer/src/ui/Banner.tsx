import { Icon } from './Icon';

/** A dismissable message across the top of a screen: a refusal or failure, in words. */
export function Banner({
  message,
  onDismiss,
  tone = 'error',
}: {
  message: string;
  onDismiss: () => void;
  /** `info`: news the person should read (an import's report), said politely, not alarmed. */
  tone?: 'error' | 'info';
}) {
  return (
    <div className={`banner ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      <button className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
