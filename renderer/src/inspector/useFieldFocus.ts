import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../state/store';

/**
 * Puts the keyboard in the field a finding pointed at (`data-field`), once the panel for its
 * element is on screen.
 */
export function useFieldFocus(elementId: string, container: RefObject<HTMLElement | null>) {
  const request = useAppStore((s) => (s.fieldFocus?.elementId === elementId ? s.fieldFocus : null));
  useEffect(() => {
    if (!request || !container.current) return;
    const field = container.current.querySelector<HTMLElement>(`[data-field="${request.field}"]`);
    if (!field) return;
    field.scrollIntoView({ block: 'nearest' });
    field.focus();
    // Answered once: the same panel shown again later (the selection cleared, say) must not
    // take the keyboard from wherever the person is typing then.
    if (useAppStore.getState().fieldFocus === request) useAppStore.setState({ fieldFocus: null });
  }, [request, container]);
}
