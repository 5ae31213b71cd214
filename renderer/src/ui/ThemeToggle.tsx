import { useState } from 'react';
import { Icon } from './Icon';
import { setTheme, storedTheme } from './theme';

/** Switches between light and dark; the first press leaves "follow the system". */
export function ThemeToggle() {
  const [, rerender] = useState(0);
  const dark = document.documentElement.dataset.theme === 'dark';
  return (
    <button
      className="icon-button"
      aria-label={dark ? 'Use light theme' : 'Use dark theme'}
      title={dark ? 'Use light theme' : 'Use dark theme'}
      onClick={() => {
        setTheme(dark ? 'light' : 'dark');
        rerender((n) => n + 1);
      }}
      data-theme-choice={storedTheme()}
    >
      <Icon name={dark ? 'sun' : 'moon'} />
    </button>
  );
}
