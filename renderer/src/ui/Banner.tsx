import { Icon } from './Icon';

/** A dismissable message across the top of a screen: a refusal or failure, in words. */
export function Banner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="banner error" role="alert">
      <span>{message}</span>
      <button className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
