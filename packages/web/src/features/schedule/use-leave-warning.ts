import { useEffect } from 'react';

/**
 * Asks the browser to confirm closing or reloading the page while `unsaved` is true, so a coordinator's
 * half-entered rules are not lost to a stray reload.
 */
export const useLeaveWarning = (unsaved: boolean): void => {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
};
